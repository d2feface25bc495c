using SkiaSharp;

namespace ComplianceHub.Reports.Layout;

/// <summary>Draws another box shifted right, for centred or right-aligned images and badges.</summary>
internal sealed class OffsetBox(LayoutBox inner, float dx) : LayoutBox
{
    public override float Height => inner.Height;

    public override void Draw(SKCanvas canvas, float x, float top) => inner.Draw(canvas, x + dx, top);
}
