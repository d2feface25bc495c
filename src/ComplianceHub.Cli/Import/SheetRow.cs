namespace ComplianceHub.Cli.Import;

/// <summary>One row of a CSV or worksheet as text cells.</summary>
/// <param name="Number">The row number a spreadsheet shows: 1-based, the header row is 1, blank rows count.</param>
/// <param name="Cells">Cell texts left to right; a row may be shorter or longer than the header.</param>
internal sealed record SheetRow(int Number, IReadOnlyList<string> Cells)
{
    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}
