using ComplianceHub.Reports.Layout;
using ComplianceHub.Reports.Tests.Reading;

namespace ComplianceHub.Reports.Tests.Pdf;

public sealed class PageNumberTests
{
    [Fact]
    public void Every_page_footer_reads_page_x_of_total()
    {
        var pdf = Render.Pdf(
            new Heading("第一部分"), new Paragraph(TextExtractionTests.Chinese), new PageBreak(),
            new Heading("第二部分"), new Paragraph(TextExtractionTests.English), new PageBreak(),
            new Heading("第三部分"), new Paragraph("完。"));

        var text = PdfText.Read(pdf);

        Assert.Equal(3, text.PageCount);
        for (var page = 1; page <= 3; page++)
        {
            Assert.Equal($"第 {page} 页 / 共 3 页", text.Footer(page).Text);
        }
    }

    [Fact]
    public void Total_counts_pages_made_by_overflowing_content()
    {
        var paragraphs = Enumerable.Range(0, 40).Select(_ => new Paragraph(TextExtractionTests.Chinese)).ToArray<Block>();

        var text = PdfText.Read(Render.Pdf(paragraphs));

        Assert.True(text.PageCount > 3, $"expected overflow onto several pages, got {text.PageCount}");
        Assert.Equal($"第 1 页 / 共 {text.PageCount} 页", text.Footer(1).Text);
        Assert.Equal($"第 {text.PageCount} 页 / 共 {text.PageCount} 页", text.Footer(text.PageCount).Text);
    }

    [Fact]
    public void Running_header_is_on_every_page()
    {
        var text = PdfText.Read(Render.Pdf(new Paragraph("甲"), new PageBreak(), new Paragraph("乙")));

        for (var page = 1; page <= 2; page++)
        {
            var top = text.Lines.Where(l => l.Page == page).MaxBy(l => l.Baseline)!;
            Assert.StartsWith("寄递用户个人信息安全检查报告", top.Text, StringComparison.Ordinal);
            Assert.EndsWith("报告编号 TEST-0001", top.Text, StringComparison.Ordinal);
        }
    }
}
