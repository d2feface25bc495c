using ComplianceHub.Reports.Layout;
using ScottPlot;

namespace ComplianceHub.Reports.Charts;

/// <summary>
/// A chart the caller builds with ScottPlot (line, bar, pie…), drawn as vectors at the given
/// height in points across the content width. Its text is set in the report fonts; labels
/// should be passed through <see cref="Fonts.ReportFonts.Normalize"/> like all report text.
/// </summary>
public sealed class ChartBlock(Plot plot, float height) : Block
{
    public Plot Plot => plot;

    /// <summary>Height in points.</summary>
    public float Height => height;

    public override IEnumerable<FlowItem> Flow(LayoutContext context, float width)
    {
        ArgumentNullException.ThrowIfNull(context);
        ReportFontResolver.Register(context.Fonts);
        plot.Font.Set(Fonts.ReportFonts.Family);
        var box = new ChartBox(plot, width, height);
        box.SettleLayout();
        yield return new FlowItem(box, SpaceBefore: 8);
    }
}
