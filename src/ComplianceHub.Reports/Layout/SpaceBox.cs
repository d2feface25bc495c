using SkiaSharp;

namespace ComplianceHub.Reports.Layout;

/// <summary>Empty vertical space (also the zero-height anchor of a page break).</summary>
internal sealed class SpaceBox(float height) : LayoutBox
{
    public override float Height => height;

    public override void Draw(SKCanvas canvas, float x, float top)
    {
    }
}
