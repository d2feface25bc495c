namespace ComplianceHub.Reports.Fonts;

/// <summary>
/// Which of several code points that share one glyph a report's text means. Skia's PDF backend
/// writes each glyph's ToUnicode entry as the LOWEST code point the font maps to it; Noto Sans CJK
/// maps radicals (⻚ U+2EDA, ⾯ U+2FAF) and compatibility forms to the same glyphs as everyday
/// characters (页 U+9875, 面 U+9762), so copied or extracted text would come out wrong.
/// Lower rank = the character report text uses.
/// </summary>
internal static class CodePointPreference
{
    // Fullwidth / CJK forms Chinese typesetting uses, which share a glyph with a lower code point
    // (U+3000 with U+2003, U+3008/9 with U+2329/A, U+FF5E with U+301C, U+FF0F with U+2215,
    // U+2013 en dash with U+2012 figure dash, U+FF40 with U+2035).
    private static readonly HashSet<int> PreferredPunctuation = [0x3000, 0x3008, 0x3009, 0xFF5E, 0xFF0F, 0x2013, 0xFF40];

    public static int Rank(int codePoint) => codePoint switch
    {
        >= 0x4E00 and <= 0x9FFF => 0, // CJK Unified Ideographs: what 简体 text is written in
        _ when PreferredPunctuation.Contains(codePoint) => 1,
        >= 0x2E80 and <= 0x2FDF => 5, // CJK Radicals Supplement + Kangxi Radicals
        >= 0xF900 and <= 0xFAFF => 4, // CJK Compatibility Ideographs
        >= 0x2F800 and <= 0x2FA1F => 4, // CJK Compatibility Ideographs Supplement
        >= 0x3400 and <= 0x4DBF => 3, // Extension A: rare forms (㬵 U+3B35 shares 胶's glyph)
        >= 0x20000 => 3, // Extensions B and later
        _ => 2,
    };
}
