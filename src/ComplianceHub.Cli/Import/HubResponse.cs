namespace ComplianceHub.Cli.Import;

/// <summary>The hub's answer to one request.</summary>
/// <param name="Status">HTTP status, or null when no answer came (network failure, timeout).</param>
/// <param name="Title">Problem-details title, or the failure's description.</param>
/// <param name="Errors">Problem-details <c>errors</c>: field path to messages (empty when none).</param>
internal sealed record HubResponse(HubOutcome Outcome, int? Status, string? Title, IReadOnlyDictionary<string, string[]> Errors)
{
    public static HubResponse Unreachable(string reason) => new(HubOutcome.Failed, null, reason, new Dictionary<string, string[]>());
}
