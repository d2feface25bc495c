namespace ComplianceHub.Reports.Layout;

/// <summary>What a table cell or key-value value holds: text, or a risk badge.</summary>
public abstract record Cell
{
    public static Cell Text(string text, TextStyle? style = null, TextAlign align = TextAlign.Left) =>
        new TextCell(text, style, align);

    /// <summary>
    /// Text kept on one line (an identifier: credit code, notice number, checklist code, incident id); its column is
    /// made at least as wide as it.
    /// </summary>
    public static Cell Code(string text, TextAlign align = TextAlign.Left) =>
        new TextCell(text, null, align, KeepOnOneLine: true);

    public static Cell Badge(RiskLevel level) => new BadgeCell(level);

    public static implicit operator Cell(string text) => new TextCell(text, null, TextAlign.Left);

    /// <summary>Lays the cell out for a column of the given inner width.</summary>
    internal abstract CellLayout Layout(LayoutContext context, float width, TextStyle defaultStyle);

    /// <summary>The narrowest inner width the cell can be laid out in without cutting a word or a kept line.</summary>
    internal abstract float MinContentWidth(LayoutContext context, TextStyle defaultStyle);
}
