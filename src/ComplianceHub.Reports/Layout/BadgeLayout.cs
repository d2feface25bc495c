using SkiaSharp;

namespace ComplianceHub.Reports.Layout;

/// <summary>
/// A rounded, filled label (低风险 / 中风险 / 高风险) in white bold text. It occupies one line of
/// the surrounding text style and shares that line's baseline, so it reads as part of the line.
/// </summary>
internal sealed class BadgeLayout(LayoutContext context, RiskLevel level, TextStyle lineStyle) : CellLayout
{
    private const float PaddingX = 4;
    private const float PaddingY = 1.5f;

    private readonly TextStyle _style = new(lineStyle.Size * 0.9f, Bold: true, Argb: 0xFFFFFFFF, LineHeight: lineStyle.LineHeight);

    public override float Height => lineStyle.LinePitch;

    public float Width => context.Font(_style).MeasureText(RiskBadgeStyle.Label(level)) + (2 * PaddingX);

    public override void Draw(SKCanvas canvas, float x, float top, float width)
    {
        var label = RiskBadgeStyle.Label(level);
        var font = context.Font(_style);
        var baseline = context.Baseline(lineStyle, top);
        var metrics = font.Metrics;
        var rect = new SKRect(
            x,
            baseline + metrics.Ascent - PaddingY,
            x + font.MeasureText(label) + (2 * PaddingX),
            baseline + metrics.Descent + PaddingY);
        canvas.DrawRoundRect(rect, 3, 3, context.Fill(RiskBadgeStyle.Fill(level)));
        canvas.DrawText(label, x + PaddingX, baseline, font, context.Fill(_style.Argb));
    }
}
