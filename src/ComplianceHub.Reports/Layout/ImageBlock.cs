using SkiaSharp;

namespace ComplianceHub.Reports.Layout;

/// <summary>
/// An image (logo, seal, QR code) of the given width in points (default: its pixel size at 96 dpi),
/// shrunk to the content width and page height if larger; aspect ratio kept.
/// The caller owns the image and keeps it alive until the document is rendered.
/// </summary>
public sealed class ImageBlock(SKImage image, float? requestedWidth = null, TextAlign align = TextAlign.Left) : Block
{
    public override IEnumerable<FlowItem> Flow(LayoutContext context, float width)
    {
        var wanted = requestedWidth ?? image.Width * 72f / 96f;
        var scale = Math.Min(1f, Math.Min(width / wanted, context.Page.ContentHeight / (wanted * image.Height / image.Width)));
        var w = wanted * scale;
        var h = w * image.Height / image.Width;
        var offset = align switch
        {
            TextAlign.Center => (width - w) / 2,
            TextAlign.Right => width - w,
            _ => 0,
        };
        yield return new FlowItem(new OffsetBox(new ImageBox(image, w, h), offset), SpaceBefore: 6);
    }
}
