namespace ComplianceHub.Reports.Layout;

/// <summary>A table column: its header text and its share of the table's width (relative weight).</summary>
/// <param name="KeepOnOneLine">
/// The column holds identifiers: its text cells break only at '\n', and the column is at least as wide as its widest
/// line, whatever its weight.
/// </param>
public sealed record TableColumn(string Header, float Weight = 1, TextAlign Align = TextAlign.Left, bool KeepOnOneLine = false);
