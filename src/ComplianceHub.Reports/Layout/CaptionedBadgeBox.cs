using SkiaSharp;

namespace ComplianceHub.Reports.Layout;

/// <summary>A one-line caption with a risk badge after it, both centred on the line.</summary>
internal sealed class CaptionedBadgeBox(LayoutContext context, TextLine caption, TextStyle style, BadgeLayout badge) : LayoutBox
{
    public override float Height => Math.Max(style.LinePitch, badge.Height);

    public override void Draw(SKCanvas canvas, float x, float top)
    {
        context.DrawLine(canvas, caption, style, x, top + ((Height - style.LinePitch) / 2));
        badge.Draw(canvas, x + caption.Width + 6, top + ((Height - badge.Height) / 2), badge.Width);
    }
}
