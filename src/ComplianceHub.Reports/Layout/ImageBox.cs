using SkiaSharp;

namespace ComplianceHub.Reports.Layout;

/// <summary>A raster image drawn at a fixed size in points.</summary>
internal sealed class ImageBox(SKImage image, float width, float height) : LayoutBox
{
    public override float Height => height;

    public override void Draw(SKCanvas canvas, float x, float top) =>
        canvas.DrawImage(image, SKRect.Create(x, top, width, height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
}
