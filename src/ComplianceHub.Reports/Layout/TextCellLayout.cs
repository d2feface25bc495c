using SkiaSharp;

namespace ComplianceHub.Reports.Layout;

internal sealed class TextCellLayout(LayoutContext context, IReadOnlyList<TextLine> lines, TextStyle style, TextAlign align)
    : CellLayout
{
    public IReadOnlyList<TextLine> Lines => lines;

    public override float Height => lines.Count * style.LinePitch;

    public override void Draw(SKCanvas canvas, float x, float top, float width)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var offset = align switch
            {
                TextAlign.Center => (width - line.Width) / 2,
                TextAlign.Right => width - line.Width,
                _ => 0,
            };
            context.DrawLine(canvas, line, style, x + offset, top + (i * style.LinePitch));
        }
    }

    public override (CellLayout First, CellLayout Remainder)? Split(float available)
    {
        var fitting = (int)Math.Floor(available / style.LinePitch);
        if (fitting <= 0 || fitting >= lines.Count)
        {
            return null;
        }

        return (new TextCellLayout(context, lines.Take(fitting).ToList(), style, align),
                new TextCellLayout(context, lines.Skip(fitting).ToList(), style, align));
    }
}
