namespace ComplianceHub.Cli.Import;

/// <summary>What an import would send, or why it sends nothing: requests only when there are no errors at all.</summary>
internal sealed record ImportPlan<T>(IReadOnlyList<T> Requests, IReadOnlyList<RowError> Errors)
{
    /// <summary>Errors by row; within a row, in the order found (cells left to right, then the roster rules).</summary>
    public static ImportPlan<T> Failed(IEnumerable<RowError> errors) =>
        new([], [.. errors.OrderBy(e => e.Row)]);
}
