using System.Text;
using System.Text.RegularExpressions;
using ComplianceHub.Reports.Tests.Reading;
using ComplianceHub.Reports.Layout;

namespace ComplianceHub.Reports.Tests.Pdf;

public sealed partial class FontEmbeddingTests
{
    [Fact]
    public void Every_font_is_an_embedded_subset_of_Noto_Sans_CJK_SC()
    {
        var pdf = Encoding.Latin1.GetString(Render.Pdf(new Heading("字体嵌入"), new Paragraph(TextExtractionTests.Chinese + TextExtractionTests.English)));

        var subtypes = FontSubtype().Matches(pdf).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(subtypes);
        // Skia embeds CFF-outline fonts (Noto CJK) as Type 3: the used glyphs' outlines as procedures.
        // Any TrueType/CID font it writes must carry its font program (FontFile2/FontFile3).
        var type3 = subtypes.Count(s => s == "Type3");
        Assert.Equal(type3, CharProcs().Count(pdf));
        if (type3 < subtypes.Count)
        {
            Assert.Matches("/FontFile[23]", pdf);
        }

        var names = FontName().Matches(pdf).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.Matches(@"^[A-Z]{6}\+NotoSansCJKsc-(Regular|Bold)$", name));
        Assert.Contains(names, n => n.EndsWith("-Bold", StringComparison.Ordinal));
    }

    [Fact]
    public void Metadata_carries_title_author_and_creation_date()
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(Render.Pdf(new Paragraph("元数据")));

        Assert.Equal("寄递用户个人信息安全检查报告", document.Information.Title);
        Assert.Equal("测试邮政管理局", document.Information.Author);
        Assert.StartsWith("D:20250314093000", document.Information.CreationDate, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_is_A4()
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(Render.Pdf(new Paragraph("A4")));

        var page = document.GetPage(1);
        Assert.Equal(PageSetup.A4.Width, page.Width, 0.5);
        Assert.Equal(PageSetup.A4.Height, page.Height, 0.5);
    }

    [GeneratedRegex(@"/Type /Font\s*/Subtype /(\w+)")]
    private static partial Regex FontSubtype();

    [GeneratedRegex(@"/CharProcs")]
    private static partial Regex CharProcs();

    [GeneratedRegex(@"/FontName /([^\s/]+)")]
    private static partial Regex FontName();
}
