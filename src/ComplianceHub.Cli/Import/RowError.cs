namespace ComplianceHub.Cli.Import;

/// <summary>
/// One problem in an import file, where a person finds it: the row number the spreadsheet shows and the
/// column header as written in the file. Reasons quote at most a short bad value (a date, a flag), never a row.
/// </summary>
/// <param name="Column">The header as in the file; null when the problem is the row as a whole.</param>
internal sealed record RowError(int Row, string? Column, string Reason)
{
    public override string ToString() => Column is null ? $"row {Row}: {Reason}" : $"row {Row}, {Column}: {Reason}";
}
