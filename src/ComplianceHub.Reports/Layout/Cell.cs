namespace ComplianceHub.Reports.Layout;

/// <summary>What a table cell or key-value value holds: text, or a risk badge.</summary>
public abstract record Cell
{
    public static Cell Text(string text, TextStyle? style = null, TextAlign align = TextAlign.Left) =>
        new TextCell(text, style, align);

    public static Cell Badge(RiskLevel level) => new BadgeCell(level);

    public static implicit operator Cell(string text) => new TextCell(text, null, TextAlign.Left);

    /// <summary>Lays the cell out for a column of the given inner width.</summary>
    internal abstract CellLayout Layout(LayoutContext context, float width, TextStyle defaultStyle);
}
