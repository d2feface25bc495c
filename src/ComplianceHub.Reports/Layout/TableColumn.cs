namespace ComplianceHub.Reports.Layout;

/// <summary>A table column: its header text and its share of the table's width (relative weight).</summary>
public sealed record TableColumn(string Header, float Weight = 1, TextAlign Align = TextAlign.Left);
