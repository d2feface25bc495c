using ComplianceHub.Reports.Layout;
using UglyToad.PdfPig;

namespace ComplianceHub.Reports.Tests.Reading;

/// <summary>Reads a rendered PDF back with PdfPig: its lines, split into page content and furniture.</summary>
public sealed class PdfText
{
    private PdfText(IReadOnlyList<ExtractedLine> lines, int pageCount)
    {
        Lines = lines;
        PageCount = pageCount;
    }

    /// <summary>Every line of every page, pages in order, each page top to bottom.</summary>
    public IReadOnlyList<ExtractedLine> Lines { get; }

    public int PageCount { get; }

    public static PdfText Read(byte[] pdf, PageSetup? setup = null)
    {
        using var document = PdfDocument.Open(pdf);
        var lines = new List<ExtractedLine>();
        foreach (var page in document.GetPages())
        {
            lines.AddRange(page.Letters
                .GroupBy(l => Math.Round(l.StartBaseLine.Y, 1))
                .OrderByDescending(g => g.Key)
                .Select(g => new ExtractedLine(
                    page.Number,
                    g.Key,
                    string.Concat(g.OrderBy(l => l.StartBaseLine.X).Select(l => l.Value)))));
        }

        return new PdfText(lines, document.NumberOfPages);
    }

    /// <summary>Lines inside the content area (not the running header or the page-number footer).</summary>
    public IReadOnlyList<ExtractedLine> ContentLines(PageSetup? setup = null)
    {
        var page = setup ?? PageSetup.A4;
        var top = page.Height - page.ContentTop;
        var bottom = page.Height - page.ContentTop - page.ContentHeight;
        return Lines.Where(l => l.Baseline < top && l.Baseline > bottom).ToList();
    }

    /// <summary>The lowest line of a page: its footer.</summary>
    public ExtractedLine Footer(int page) => Lines.Where(l => l.Page == page).MinBy(l => l.Baseline)!;
}
