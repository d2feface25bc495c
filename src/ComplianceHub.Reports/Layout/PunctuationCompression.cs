namespace ComplianceHub.Reports.Layout;

/// <summary>
/// 标点挤压: two adjacent full-width marks would leave a half-em gap between them (each mark's glyph sits in one half
/// of its em box), so the pair is set half an em tighter (GB/T 15834 practice, e.g. <c>），</c> and <c>）；《</c>).
/// </summary>
/// <remarks>
/// A closing mark or a comma/stop (glyph in the left half, in the SC faces) gives up its empty right half; an
/// opening bracket (glyph in the right half) after any such mark gives up its empty left half, which is the same
/// as taking half an em off the mark before it. A pair whose facing halves are both inked (<c>（）</c>) is not touched.
/// Question and exclamation marks, quotes and middle dots are left alone: their glyphs are centred or proportional.
/// </remarks>
public static class PunctuationCompression
{
    /// <summary>Full-width marks whose glyph sits in the left half of the em (the right half is empty).</summary>
    public const string LeftInked = "，。、；：）》」』】〕〗〙〉";

    /// <summary>Full-width marks whose glyph sits in the right half of the em (the left half is empty).</summary>
    public const string RightInked = "（《「『【〔〖〘〈";

    /// <summary>Whether the mark at <paramref name="first"/> is set half an em narrower because of the one after it.</summary>
    public static bool Compresses(char first, char second) =>
        IsMark(first) && IsMark(second) &&
        (LeftInked.Contains(first, StringComparison.Ordinal) || RightInked.Contains(second, StringComparison.Ordinal));

    private static bool IsMark(char c) =>
        LeftInked.Contains(c, StringComparison.Ordinal) || RightInked.Contains(c, StringComparison.Ordinal);
}
