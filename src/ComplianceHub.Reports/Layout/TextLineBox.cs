using SkiaSharp;

namespace ComplianceHub.Reports.Layout;

/// <summary>One line of a heading or paragraph.</summary>
internal sealed class TextLineBox(LayoutContext context, TextLine line, TextStyle style, TextAlign align, float width)
    : LayoutBox
{
    public override float Height => style.LinePitch;

    public override void Draw(SKCanvas canvas, float x, float top)
    {
        var offset = align switch
        {
            TextAlign.Center => (width - line.Width) / 2,
            TextAlign.Right => width - line.Width,
            _ => 0,
        };
        context.DrawLine(canvas, line, style, x + offset, top);
    }
}
