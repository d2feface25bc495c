using SkiaSharp;

namespace ComplianceHub.Reports.Layout;

/// <summary>
/// A laid-out piece of content of known height that the paginator places whole on a page
/// (a line of text, a table row, an image). Drawing happens in the second pass, once page
/// numbers and totals are known.
/// </summary>
public abstract class LayoutBox
{
    public abstract float Height { get; }

    /// <summary>Draws the box with its top-left corner at (<paramref name="x"/>, <paramref name="top"/>).</summary>
    public abstract void Draw(SKCanvas canvas, float x, float top);

    /// <summary>
    /// Splits a box taller than a whole page into a part at most <paramref name="available"/> high and
    /// the rest; null when the box cannot be split (it is then drawn clipped to the page).
    /// </summary>
    public virtual (LayoutBox First, LayoutBox Remainder)? Split(float available) => null;
}
