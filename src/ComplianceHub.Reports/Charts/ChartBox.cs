using ScottPlot;
using SkiaSharp;

namespace ComplianceHub.Reports.Charts;

/// <summary>A ScottPlot plot rendered as vector paths straight onto the page's canvas.</summary>
internal sealed class ChartBox(Plot plot, float width, float height) : Layout.LayoutBox
{
    // ScottPlot sizes text in pixels for screens; drawn 1:1 in points its labels dwarf 10.5 pt body
    // text, so the plot is laid out on a larger surface and scaled down onto the page.
    private const float Scale = 0.7f;

    public override float Height => height;

    public override void Draw(SKCanvas canvas, float x, float top)
    {
        canvas.Save();
        canvas.Translate(x, top);
        canvas.ClipRect(SKRect.Create(0, 0, width, height));
        canvas.Scale(Scale);
        plot.Render(canvas, new PixelRect(new PixelSize(width / Scale, height / Scale)));
        canvas.Restore();
    }
}
