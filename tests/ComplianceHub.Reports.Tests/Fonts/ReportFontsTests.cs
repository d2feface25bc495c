using ComplianceHub.Reports.Fonts;
using SkiaSharp;
using UglyToad.PdfPig;

namespace ComplianceHub.Reports.Tests.Fonts;

public sealed class ReportFontsTests
{
    [Fact]
    public void Loads_the_simplified_Chinese_face_in_regular_and_bold()
    {
        var fonts = ReportFonts.Shared;

        Assert.Equal("Noto Sans CJK SC", fonts.Regular.FamilyName);
        Assert.True(fonts.Bold.FontWeight >= 600);
        Assert.NotEqual(0, fonts.Regular.GetGlyph('页'));
        Assert.NotEqual(0, fonts.Regular.GetGlyph('A'));
    }

    [Fact]
    public void Radicals_and_rare_variants_are_rewritten_to_the_everyday_character_with_the_same_glyph()
    {
        var fonts = ReportFonts.Shared;

        Assert.Equal("页面十八胶", fonts.Normalize("\u2EDA\u2FAF\u2F17\u2F0B\u3B35"));
        Assert.Equal("９：００～１７：００", fonts.Normalize("９：００\u301C１７：００"));
        Assert.Same(TextExtractionText, fonts.Normalize(TextExtractionText));
    }

    [Fact]
    public void The_installed_face_alone_shows_the_radical_trap_which_is_why_the_cmap_is_rewritten()
    {
        // Characterises Skia's PDF backend: it writes each glyph's ToUnicode as the lowest code point
        // mapped to it, so with the face as installed 页 (U+9875) comes out as ⻚ (U+2EDA).
        using var installed = SKFontManager.Default.MatchFamily(ReportFonts.Family);
        Assert.NotNull(installed);

        Assert.Equal("\u2EDA\u2FAF", Extract(installed, "页面"));
        Assert.Equal("页面", Extract(ReportFonts.Shared.Regular, "页面"));
    }

    [Fact]
    public void Missing_font_error_names_the_Debian_package()
    {
        var error = new FontNotInstalledException("Noto Sans CJK SC");

        Assert.Contains("fonts-noto-cjk", error.Message, StringComparison.Ordinal);
        Assert.Contains("Noto Sans CJK SC", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_family_that_is_not_installed_fails_with_the_package_to_install()
    {
        var error = Assert.Throws<FontNotInstalledException>(() => InstalledFontFile.Find("Noto Sans CJK XX", SKFontStyle.Normal));

        Assert.Equal("Noto Sans CJK XX", error.Family);
        Assert.Contains("apt-get install -y fonts-noto-cjk", error.Message, StringComparison.Ordinal);
    }

    private const string TextExtractionText = "页面检查报告，English too.";

    private static string Extract(SKTypeface typeface, string text)
    {
        using var output = new MemoryStream();
        using (var document = SKDocument.CreatePdf(output))
        {
            var canvas = document.BeginPage(200, 100);
            using var font = new SKFont(typeface, 12);
            using var paint = new SKPaint();
            canvas.DrawText(text, 10, 50, font, paint);
            document.EndPage();
        }

        using var pdf = PdfDocument.Open(output.ToArray());
        return string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value));
    }
}
