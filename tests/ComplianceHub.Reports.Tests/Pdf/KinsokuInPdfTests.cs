using ComplianceHub.Reports.Layout;
using ComplianceHub.Reports.Tests.Reading;

namespace ComplianceHub.Reports.Tests.Pdf;

public sealed class KinsokuInPdfTests
{
    [Fact]
    public void No_line_in_the_pdf_starts_with_closing_or_ends_with_opening_punctuation()
    {
        // Paragraphs whose n-th character lands at every position of a full line, each followed by
        // punctuation, so some closing mark falls exactly at a line start unless kinsoku moves it.
        var paragraphs = Enumerable.Range(38, 12)
            .Select(n => new string('检', n) + "，（报告）。“查”、《办法》；" + TextExtractionTests.Chinese)
            .ToList();

        var text = PdfText.Read(Render.Pdf(paragraphs.Select(p => new Paragraph(p)).ToArray<Block>()));
        var lines = text.ContentLines();

        Assert.All(lines, line =>
        {
            Assert.DoesNotContain(line.Text[0], Kinsoku.NotAtLineStart);
            Assert.DoesNotContain(line.Text[^1], Kinsoku.NotAtLineEnd);
        });
        Assert.Equal(string.Concat(paragraphs), string.Concat(lines.Select(l => l.Text)));
    }
}
