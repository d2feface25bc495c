using ComplianceHub.Reports.Fonts;
using SkiaSharp;

namespace ComplianceHub.Reports.Layout;

/// <summary>
/// Fonts and paints for one document render, created once per style and shared by every box,
/// so measuring (pass 1) and drawing (pass 2) use the very same font settings.
/// </summary>
public sealed class LayoutContext : IDisposable
{
    private readonly Dictionary<(float Size, bool Bold), SKFont> _fonts = [];
    private readonly Dictionary<(uint Argb, bool Stroke, float Width), SKPaint> _paints = [];
    private readonly HashSet<int> _codePoints = [];
    private DocumentFaces? _drawingFaces;

    public LayoutContext(ReportFonts fonts, PageSetup page)
    {
        Fonts = fonts;
        Page = page;
    }

    public ReportFonts Fonts { get; }

    public PageSetup Page { get; }

    public SKFont Font(TextStyle style) => Font(style.Size, style.Bold);

    public SKFont Font(float size, bool bold)
    {
        if (!_fonts.TryGetValue((size, bold), out var font))
        {
            // PDF output is vector: unhinted, subpixel, linear advances so measured widths are drawn widths.
            var typeface = _drawingFaces is { } faces ? (bold ? faces.Bold : faces.Regular) : (bold ? Fonts.Bold : Fonts.Regular);
            font = new SKFont(typeface, size)
            {
                Hinting = SKFontHinting.None,
                Subpixel = true,
                LinearMetrics = true,
                Edging = SKFontEdging.Antialias,
            };
            _fonts[(size, bold)] = font;
        }

        return font;
    }

    public SKPaint Fill(uint argb) => Paint(argb, stroke: false, width: 0);

    public SKPaint Stroke(uint argb, float width) => Paint(argb, stroke: true, width);

    /// <summary>Every character laid out so far (normalised): what the document's own faces must hold.</summary>
    public IReadOnlyCollection<int> CodePoints => _codePoints;

    /// <summary>Breaks text (normalised for the fonts' cmap first) into lines of at most <paramref name="width"/>.</summary>
    public IReadOnlyList<TextLine> BreakLines(string text, TextStyle style, float width, bool keepOnOneLine = false)
    {
        var normalized = Fonts.Normalize(text);
        Note(normalized);
        return LineBreaker.Break(normalized, Font(style), width, keepOnOneLine);
    }

    /// <summary>The narrowest width the text can be set in without cutting a word (or, kept on one line, its width).</summary>
    public float MinContentWidth(string text, TextStyle style, bool keepOnOneLine) =>
        LineBreaker.MinContentWidth(Fonts.Normalize(text), Font(style), keepOnOneLine);

    /// <summary>Notes characters drawn without being laid out (badge labels, page furniture).</summary>
    public void Remember(string text) => Note(Fonts.Normalize(text));

    /// <summary>
    /// From now on, text is set in <paramref name="faces"/> (the document's own subsets: same glyph ids and
    /// metrics, so what was measured is what is drawn). The caller disposes them after the document is closed.
    /// </summary>
    public void DrawWith(DocumentFaces faces)
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }

        _fonts.Clear();
        _drawingFaces = faces;
    }

    public void DrawLine(SKCanvas canvas, TextLine line, TextStyle style, float x, float top)
    {
        if (line.GlyphX is not { } glyphX)
        {
            canvas.DrawText(line.Text, x, Baseline(style, top), Font(style), Fill(style.Argb));
            return;
        }

        // Compressed punctuation: every glyph at its own x, so what the breaker measured is what is drawn.
        var positions = new float[glyphX.Length];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = x + glyphX[i];
        }

        using var blob = SKTextBlob.CreateHorizontal(line.Text, Font(style), positions, Baseline(style, top));
        canvas.DrawText(blob, 0, 0, Fill(style.Argb));
    }

    /// <summary>The baseline of a line of <paramref name="style"/> whose box starts at <paramref name="top"/>.</summary>
    public float Baseline(TextStyle style, float top)
    {
        // Centre the glyphs' ascent+descent within the line pitch.
        var metrics = Font(style).Metrics;
        var glyphHeight = metrics.Descent - metrics.Ascent;
        return top + ((style.LinePitch - glyphHeight) / 2) - metrics.Ascent;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }

        foreach (var paint in _paints.Values)
        {
            paint.Dispose();
        }
    }

    private void Note(string normalized)
    {
        foreach (var rune in normalized.EnumerateRunes())
        {
            _codePoints.Add(rune.Value);
        }
    }

    private SKPaint Paint(uint argb, bool stroke, float width)
    {
        if (!_paints.TryGetValue((argb, stroke, width), out var paint))
        {
            paint = new SKPaint
            {
                Color = new SKColor(argb),
                IsAntialias = true,
                Style = stroke ? SKPaintStyle.Stroke : SKPaintStyle.Fill,
                StrokeWidth = width,
            };
            _paints[(argb, stroke, width)] = paint;
        }

        return paint;
    }
}
