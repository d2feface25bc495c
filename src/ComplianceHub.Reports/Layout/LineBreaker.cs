using SkiaSharp;

namespace ComplianceHub.Reports.Layout;

/// <summary>
/// Greedy line breaking for mixed Chinese and Latin text. Chinese may break between any two characters; a Latin or
/// digit run only at spaces, after a hyphen, slash or underscore inside it (<c>YZ-GZ-</c>, a URL's <c>/</c>), and at
/// its edge with Chinese text, except between a number and the unit or ordinal that goes with it (<c>2026年</c>,
/// <c>3 件</c> has its space, <c>第3</c>). A bracketed aside of a few characters (<c>（演示）</c>) stays on one line.
/// The <see cref="Kinsoku"/> rules veto breaks that would start a line with closing punctuation or end one with an
/// opening bracket. A word longer than the line is cut as a last resort. A '\n' forces a break. Adjacent full-width
/// marks are compressed (<see cref="PunctuationCompression"/>).
/// </summary>
public static class LineBreaker
{
    /// <summary>Characters that follow a number as its unit or counter; no break between the number and them.</summary>
    private const string Units = "年月日时分秒件人个批项条页号次元家起条份名台户万亿%％‰";

    /// <summary>The longest bracketed aside kept on one line, in characters between the brackets.</summary>
    private const int ShortAside = 6;

    public static IReadOnlyList<TextLine> Break(string text, SKFont font, float maxWidth) =>
        Break(text, font, maxWidth, keepOnOneLine: false);

    /// <summary>
    /// Breaks <paramref name="text"/> into lines at most <paramref name="maxWidth"/> wide; with
    /// <paramref name="keepOnOneLine"/>, only at '\n' (identifiers in a column sized to hold them; a line wider than
    /// the column still breaks, at its opportunities, rather than overflow).
    /// </summary>
    public static IReadOnlyList<TextLine> Break(string text, SKFont font, float maxWidth, bool keepOnOneLine)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(font);
        var lines = new List<TextLine>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            BreakParagraph(paragraph, font, keepOnOneLine ? Math.Max(maxWidth, Width(paragraph, font)) : maxWidth, lines);
        }

        return lines;
    }

    /// <summary>
    /// The narrowest width <paramref name="text"/> can be set in without cutting a word: its widest unbreakable
    /// piece, or with <paramref name="keepOnOneLine"/> its widest line.
    /// </summary>
    public static float MinContentWidth(string text, SKFont font, bool keepOnOneLine)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(font);
        var widest = 0f;
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            if (keepOnOneLine)
            {
                widest = Math.Max(widest, Width(paragraph, font));
                continue;
            }

            var (advances, _) = Advances(paragraph, font);
            var noBreak = AsideSpans(paragraph);
            var piece = 0f;
            for (var i = 0; i < paragraph.Length; i++)
            {
                if (i > 0 && !noBreak[i] && CanBreakBefore(paragraph, i))
                {
                    widest = Math.Max(widest, piece);
                    piece = 0;
                }

                piece = char.IsWhiteSpace(paragraph[i]) ? 0 : piece + advances[i];
                widest = Math.Max(widest, piece);
            }
        }

        return widest;
    }

    /// <summary>The advance width of one line of text, compression included.</summary>
    public static float Width(string text, SKFont font)
    {
        var (advances, _) = Advances(text, font);
        return advances.Sum();
    }

    private static void BreakParagraph(string text, SKFont font, float maxWidth, List<TextLine> lines)
    {
        if (text.Length == 0)
        {
            lines.Add(new TextLine(string.Empty, 0));
            return;
        }

        var (advances, compressed) = Advances(text, font);
        var noBreak = AsideSpans(text);
        var lineStart = 0;
        var lineWidth = 0f;
        var lastBreak = -1; // char index a break may happen before, within the current line
        var widthAtLastBreak = 0f;

        for (var i = 0; i < text.Length; i++)
        {
            if (i > lineStart && !noBreak[i] && CanBreakBefore(text, i))
            {
                lastBreak = i;
                widthAtLastBreak = lineWidth;
            }

            var fits = lineWidth + advances[i] <= maxWidth || char.IsWhiteSpace(text[i]);
            if (!fits && i > lineStart)
            {
                // Break at the last opportunity; a word wider than the line is cut where it overflows.
                var breakAt = lastBreak > lineStart ? lastBreak : CutPoint(text, i);
                var width = lastBreak > lineStart ? widthAtLastBreak : lineWidth;
                lines.Add(Line(text, lineStart, breakAt, width, advances, compressed));
                lineStart = breakAt;
                lineWidth = Sum(advances, lineStart, i);
                lastBreak = -1;
            }

            lineWidth += advances[i];
        }

        lines.Add(Line(text, lineStart, text.Length, lineWidth, advances, compressed));
    }

    /// <summary>Whether a line may end before char <paramref name="i"/> (i &gt; 0).</summary>
    internal static bool CanBreakBefore(string text, int i)
    {
        var before = text[i - 1];
        var after = text[i];
        if (char.IsLowSurrogate(after) || char.IsWhiteSpace(after))
        {
            return false;
        }

        if (!Kinsoku.MayStartLine(after) || !Kinsoku.MayEndLine(before))
        {
            return false;
        }

        if (before == after && Kinsoku.Inseparable.Contains(after, StringComparison.Ordinal))
        {
            return false;
        }

        if (char.IsWhiteSpace(before))
        {
            return true;
        }

        if (IsWordChar(after) && i >= 2 && IsWordChar(text[i - 2]))
        {
            // Inside a token: after a slash or underscore, or after a hyphen unless digits stand on both sides (a
            // date or a number range such as 2026-03 stays whole; YZ-GZ-|2026 may break).
            return before is '/' or '_' || (before == '-' && !(char.IsAsciiDigit(text[i - 2]) && char.IsAsciiDigit(after)));
        }

        if (char.IsAsciiDigit(before) && Units.Contains(after, StringComparison.Ordinal))
        {
            return false;
        }

        if (before == '第' && char.IsAsciiDigit(after))
        {
            return false;
        }

        return IsCjk(before) || IsCjk(after);
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c);

    /// <summary>For each char, whether a break before it would fall inside a short bracketed aside.</summary>
    private static bool[] AsideSpans(string text)
    {
        var noBreak = new bool[text.Length];
        for (var open = 0; open < text.Length; open++)
        {
            var close = Closing(text[open]);
            if (close == '\0')
            {
                continue;
            }

            var end = text.IndexOf(close, open + 1);
            if (end > open && end - open - 1 <= ShortAside && text.AsSpan(open + 1, end - open - 1).IndexOfAny("\n（(") < 0)
            {
                for (var i = open + 1; i <= end; i++)
                {
                    noBreak[i] = true;
                }
            }
        }

        return noBreak;
    }

    private static char Closing(char open) => open switch
    {
        '（' => '）',
        '(' => ')',
        '《' => '》',
        '〔' => '〕',
        '【' => '】',
        _ => '\0',
    };

    /// <summary>Breaking inside a word: never inside a surrogate pair, never before closing punctuation.</summary>
    private static int CutPoint(string text, int overflowing)
    {
        var at = overflowing;
        while (at > 1 && (char.IsLowSurrogate(text[at]) || !Kinsoku.MayStartLine(text[at])))
        {
            at--;
        }

        return at;
    }

    private static TextLine Line(string text, int start, int end, float width, float[] advances, bool[] compressed)
    {
        // Spaces at a line's end are not drawn and do not count towards its width.
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
            width -= advances[end];
        }

        while (start < end && char.IsWhiteSpace(text[start]))
        {
            width -= advances[start];
            start++;
        }

        return new TextLine(text[start..end], Math.Max(0, width), GlyphPositions(text, start, end, advances, compressed));
    }

    /// <summary>Each glyph's x from the line's start, when a compressed mark lies inside the line; else null.</summary>
    private static float[]? GlyphPositions(string text, int start, int end, float[] advances, bool[] compressed)
    {
        if (Array.IndexOf(compressed, true, start, end - start) < 0)
        {
            return null;
        }

        var positions = new List<float>(end - start);
        var x = 0f;
        for (var i = start; i < end; i++)
        {
            if (!char.IsLowSurrogate(text[i]))
            {
                positions.Add(x);
            }

            x += advances[i];
        }

        return positions.ToArray();
    }

    private static float Sum(float[] advances, int from, int to)
    {
        var sum = 0f;
        for (var i = from; i < to; i++)
        {
            sum += advances[i];
        }

        return sum;
    }

    /// <summary>
    /// Advance of each UTF-16 char (the second half of a surrogate pair advances 0), with adjacent full-width marks
    /// compressed; and which chars were.
    /// </summary>
    private static (float[] Advances, bool[] Compressed) Advances(string text, SKFont font)
    {
        var glyphWidths = font.GetGlyphWidths(text.AsSpan(), paint: null);
        var advances = new float[text.Length];
        var compressed = new bool[text.Length];
        var glyph = 0;
        for (var i = 0; i < text.Length && glyph < glyphWidths.Length; i++)
        {
            if (char.IsLowSurrogate(text[i]))
            {
                continue;
            }

            advances[i] = glyphWidths[glyph++];
        }

        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (PunctuationCompression.Compresses(text[i], text[i + 1]))
            {
                advances[i] /= 2;
                compressed[i] = true;
            }
        }

        return (advances, compressed);
    }

    /// <summary>Characters between which Chinese text may break: ideographs, kana, hangul, CJK and fullwidth punctuation.</summary>
    internal static bool IsCjk(char c) => c switch
    {
        >= '\u2E80' and <= '\u9FFF' => true,
        >= '\uAC00' and <= '\uD7AF' => true,
        >= '\uF900' and <= '\uFAFF' => true,
        >= '\uFE30' and <= '\uFE4F' => true,
        >= '\uFF00' and <= '\uFFEF' => true,
        '“' or '”' or '‘' or '’' or '—' or '…' or '·' => true,
        _ => char.IsHighSurrogate(c), // supplementary planes here are CJK extensions
    };
}
