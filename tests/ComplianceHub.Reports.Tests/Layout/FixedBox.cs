using ComplianceHub.Reports.Layout;
using SkiaSharp;

namespace ComplianceHub.Reports.Tests.Layout;

/// <summary>A box of fixed height for pagination tests; splittable into parts of whole units if asked.</summary>
internal sealed class FixedBox(string name, float height, float? splitUnit = null) : LayoutBox
{
    public string Name => name;

    public override float Height => height;

    public override void Draw(SKCanvas canvas, float x, float top)
    {
    }

    public override (LayoutBox First, LayoutBox Remainder)? Split(float available)
    {
        if (splitUnit is not { } unit || available < unit)
        {
            return null;
        }

        var first = MathF.Floor(available / unit) * unit;
        return (new FixedBox(name + "a", first, unit), new FixedBox(name + "b", height - first, unit));
    }

    public override string ToString() => name;
}
