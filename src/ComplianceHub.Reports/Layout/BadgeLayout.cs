using SkiaSharp;

namespace ComplianceHub.Reports.Layout;

/// <summary>A rounded, filled label (低风险 / 中风险 / 高风险) in white bold text.</summary>
internal sealed class BadgeLayout(LayoutContext context, RiskLevel level, float size) : CellLayout
{
    private const float PaddingX = 5;
    private const float PaddingY = 1.5f;

    private readonly TextStyle _style = new(size * 0.9f, Bold: true, Argb: 0xFFFFFFFF, LineHeight: 1.3f);

    public override float Height => _style.LinePitch + (2 * PaddingY);

    public float Width => context.Font(_style).MeasureText(RiskBadgeStyle.Label(level)) + (2 * PaddingX);

    public override void Draw(SKCanvas canvas, float x, float top, float width)
    {
        var label = RiskBadgeStyle.Label(level);
        var textWidth = context.Font(_style).MeasureText(label);
        var rect = SKRect.Create(x, top, textWidth + (2 * PaddingX), Height);
        canvas.DrawRoundRect(rect, 3, 3, context.Fill(RiskBadgeStyle.Fill(level)));
        context.DrawLine(canvas, new TextLine(label, textWidth), _style, x + PaddingX, top + PaddingY);
    }
}
