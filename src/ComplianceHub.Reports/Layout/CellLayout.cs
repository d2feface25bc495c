using SkiaSharp;

namespace ComplianceHub.Reports.Layout;

/// <summary>A cell's content laid out for its column: its height, how to draw it, how to split it.</summary>
internal abstract class CellLayout
{
    public abstract float Height { get; }

    public abstract void Draw(SKCanvas canvas, float x, float top, float width);

    /// <summary>The part that fits in <paramref name="available"/> and the rest; null if nothing can be split off.</summary>
    public virtual (CellLayout First, CellLayout Remainder)? Split(float available) => null;
}
