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

    /// <summary>
    /// Renders once onto a canvas that draws nothing. ScottPlot re-renders the whole plot when its
    /// first render changes the layout (auto-scaled axes); on a PDF canvas that second pass would be
    /// drawn over the first, doubling every path and every letter of the text layer.
    /// </summary>
    public void SettleLayout()
    {
        using var nothing = new SKNoDrawCanvas((int)Math.Ceiling(width / Scale), (int)Math.Ceiling(height / Scale));
        plot.Render(nothing, Area);
    }

    private PixelRect Area => new(new PixelSize(width / Scale, height / Scale));

    public override void Draw(SKCanvas canvas, float x, float top)
    {
        canvas.Save();
        canvas.Translate(x, top);
        canvas.ClipRect(SKRect.Create(0, 0, width, height));
        canvas.Scale(Scale);
        plot.Render(canvas, Area);
        canvas.Restore();
    }
}
