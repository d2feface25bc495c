using SkiaSharp;

namespace ComplianceHub.Reports.Layout;

/// <summary>
/// Greedy line breaking for mixed Chinese and Latin text. Chinese may break between any two
/// characters, Latin only at spaces (a word longer than the line is cut as a last resort), and
/// the <see cref="Kinsoku"/> rules veto breaks that would start a line with closing punctuation
/// or end one with an opening bracket. A '\n' forces a break.
/// </summary>
public static class LineBreaker
{
    public static IReadOnlyList<TextLine> Break(string text, SKFont font, float maxWidth)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(font);
        var lines = new List<TextLine>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            BreakParagraph(paragraph, font, maxWidth, lines);
        }

        return lines;
    }

    private static void BreakParagraph(string text, SKFont font, float maxWidth, List<TextLine> lines)
    {
        if (text.Length == 0)
        {
            lines.Add(new TextLine(string.Empty, 0));
            return;
        }

        var advances = CharAdvances(text, font);
        var lineStart = 0;
        var lineWidth = 0f;
        var lastBreak = -1; // char index a break may happen before, within the current line
        var widthAtLastBreak = 0f;

        for (var i = 0; i < text.Length; i++)
        {
            if (i > lineStart && CanBreakBefore(text, i))
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
                lines.Add(Line(text, lineStart, breakAt, width, advances));
                lineStart = breakAt;
                lineWidth = Sum(advances, lineStart, i);
                lastBreak = -1;
            }

            lineWidth += advances[i];
        }

        lines.Add(Line(text, lineStart, text.Length, lineWidth, advances));
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

        return char.IsWhiteSpace(before) || IsCjk(before) || IsCjk(after);
    }

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

    private static TextLine Line(string text, int start, int end, float width, float[] advances)
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

        return new TextLine(text[start..end], Math.Max(0, width));
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

    /// <summary>Advance of each UTF-16 char; the second half of a surrogate pair advances 0.</summary>
    private static float[] CharAdvances(string text, SKFont font)
    {
        var glyphWidths = font.GetGlyphWidths(text.AsSpan(), paint: null);
        var advances = new float[text.Length];
        var glyph = 0;
        for (var i = 0; i < text.Length && glyph < glyphWidths.Length; i++)
        {
            if (char.IsLowSurrogate(text[i]))
            {
                continue;
            }

            advances[i] = glyphWidths[glyph++];
        }

        return advances;
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
