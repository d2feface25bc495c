namespace ComplianceHub.Reports.Layout;

/// <summary>Page size and margins in PDF points (1/72 inch); header and footer bands sit inside the margins.</summary>
public sealed record PageSetup(
    float Width,
    float Height,
    float MarginTop,
    float MarginBottom,
    float MarginLeft,
    float MarginRight,
    float HeaderHeight,
    float FooterHeight)
{
    private const float Millimetre = 72f / 25.4f;

    /// <summary>A4 portrait, 20 mm margins left/right, 15 mm top/bottom, with header and footer bands.</summary>
    public static PageSetup A4 { get; } = new(
        Width: 210 * Millimetre,
        Height: 297 * Millimetre,
        MarginTop: 15 * Millimetre,
        MarginBottom: 15 * Millimetre,
        MarginLeft: 20 * Millimetre,
        MarginRight: 20 * Millimetre,
        HeaderHeight: 12 * Millimetre,
        FooterHeight: 10 * Millimetre);

    public float ContentLeft => MarginLeft;

    public float ContentTop => MarginTop + HeaderHeight;

    public float ContentWidth => Width - MarginLeft - MarginRight;

    public float ContentHeight => Height - MarginTop - MarginBottom - HeaderHeight - FooterHeight;
}
