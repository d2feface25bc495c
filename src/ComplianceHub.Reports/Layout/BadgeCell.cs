namespace ComplianceHub.Reports.Layout;

/// <summary>A cell showing a risk badge.</summary>
public sealed record BadgeCell(RiskLevel Level) : Cell
{
    internal override CellLayout Layout(LayoutContext context, float width, TextStyle defaultStyle) =>
        new BadgeLayout(context, Level, defaultStyle);

    internal override float MinContentWidth(LayoutContext context, TextStyle defaultStyle) =>
        new BadgeLayout(context, Level, defaultStyle).Width;
}
