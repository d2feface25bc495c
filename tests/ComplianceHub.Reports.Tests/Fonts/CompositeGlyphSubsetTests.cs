using ComplianceHub.Reports.Fonts;
using SkiaSharp;

namespace ComplianceHub.Reports.Tests.Fonts;

/// <summary>
/// The report faces are converted from CFF, so every glyph in them is simple and TrueTypeOutlineTests never meet a
/// composite. DejaVu Sans (fonts-dejavu-core) builds accented letters from components, some nested two deep:
/// ǖ = macron + ü, ü = u + diaeresis; ḗ = e + (macron + acute). A subset must keep every component and renumber it.
/// </summary>
public sealed class CompositeGlyphSubsetTests
{
    private const string DejaVuSans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    [Fact]
    public void Composite_glyphs_keep_every_component_at_every_depth_and_draw_the_same_outline()
    {
        Assert.SkipUnless(File.Exists(DejaVuSans), $"{DejaVuSans} not installed (fonts-dejavu-core)");
        var bytes = File.ReadAllBytes(DejaVuSans);
        var face = SfntFace.Read(bytes, 0);
        var cmap = UnambiguousCmap.From(UnicodeCmap.Read(face.Table("cmap").Span)).Map;
        const string Text = "ǖḗ";

        var subsetBytes = new TrueTypeSubsetter(face, cmap).Subset(Text.Select(c => (int)c));

        using var full = SKTypeface.FromData(SKData.CreateCopy(bytes));
        using var subset = SKTypeface.FromData(SKData.CreateCopy(subsetBytes));
        Assert.NotNull(subset);
        Assert.InRange(subset.GlyphCount, 3, 15); // the two letters, their components and .notdef, not the face's thousands
        using var fullFont = new SKFont(full, 100);
        using var subsetFont = new SKFont(subset, 100);
        foreach (var c in Text)
        {
            using var expected = fullFont.GetGlyphPath(full.GetGlyph(c));
            using var actual = subsetFont.GetGlyphPath(subset.GetGlyph(c));
            Assert.NotEqual(0, subset.GetGlyph(c));
            Assert.NotNull(actual); // a component id left unrenumbered points past the subset's glyphs
            Assert.Equal(expected.PointCount, actual.PointCount);
            Assert.Equal(expected.Bounds, actual.Bounds);
        }
    }
}
