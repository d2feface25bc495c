using SkiaSharp;

namespace ComplianceHub.Reports.Layout;

/// <summary>A one-line caption with a risk badge after it on the same baseline.</summary>
internal sealed class CaptionedBadgeBox(LayoutContext context, TextLine caption, TextStyle style, BadgeLayout badge) : LayoutBox
{
    public override float Height => style.LinePitch;

    public override void Draw(SKCanvas canvas, float x, float top)
    {
        context.DrawLine(canvas, caption, style, x, top);
        badge.Draw(canvas, x + caption.Width + 6, top, badge.Width);
    }
}
