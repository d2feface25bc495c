using SkiaSharp;

namespace ComplianceHub.Reports.Layout;

/// <summary>Boxes drawn one under the other as one box (a continued table's 续表 line over its header row).</summary>
internal sealed class StackBox(IReadOnlyList<LayoutBox> boxes) : LayoutBox
{
    public override float Height => boxes.Sum(b => b.Height);

    public override void Draw(SKCanvas canvas, float x, float top)
    {
        foreach (var box in boxes)
        {
            box.Draw(canvas, x, top);
            top += box.Height;
        }
    }
}
