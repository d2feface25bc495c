using SkiaSharp;

namespace ComplianceHub.Reports.Layout;

/// <summary>How a run of text looks: size in points, weight, colour and line height as a multiple of size.</summary>
public sealed record TextStyle(float Size, bool Bold = false, uint Argb = 0xFF212121, float LineHeight = 1.5f)
{
    public static TextStyle Body { get; } = new(10.5f);

    public static TextStyle Small { get; } = new(9f, Argb: 0xFF555555, LineHeight: 1.4f);

    public static TextStyle TableBody { get; } = new(9f, LineHeight: 1.35f);

    public static TextStyle TableHeader { get; } = new(9f, Bold: true, LineHeight: 1.35f);

    public static TextStyle Title { get; } = new(20f, Bold: true, LineHeight: 1.4f);

    public static TextStyle Heading1 { get; } = new(15f, Bold: true, LineHeight: 1.4f);

    public static TextStyle Heading2 { get; } = new(12.5f, Bold: true, LineHeight: 1.4f);

    public SKColor Color => new(Argb);

    public float LinePitch => Size * LineHeight;
}
