using System.Text.RegularExpressions;
using ComplianceHub.Reports.Layout;
using ComplianceHub.Reports.Pdf;
using ComplianceHub.Reports.Tests.Reading;
using UglyToad.PdfPig;

namespace ComplianceHub.Reports.Tests.Documents;

/// <summary>A rendered report read back with PdfPig, with helpers that survive line wrapping.</summary>
public sealed partial class RenderedReport
{
    private RenderedReport(byte[] pdf)
    {
        Pdf = pdf;
        Text = PdfText.Read(pdf);
    }

    public byte[] Pdf { get; }

    public PdfText Text { get; }

    /// <summary>Every line, pages in order, joined by newlines.</summary>
    public string All => string.Join('\n', Text.Lines.Select(l => l.Text));

    /// <summary>Every content line joined with no separator and without whitespace, so wrapped text reads whole.</summary>
    public string Flat => Squeeze(string.Concat(Text.ContentLines().Select(l => l.Text)));

    public static RenderedReport Of(ReportDocument document, bool streaming = false)
    {
        using var output = new MemoryStream();
        if (streaming)
        {
            PdfReportWriter.WriteStreaming(document, output);
        }
        else
        {
            PdfReportWriter.Write(document, output);
        }

        return new RenderedReport(output.ToArray());
    }

    public static string Squeeze(string text) => WhiteSpace().Replace(text, string.Empty);

    /// <summary>
    /// The text of one table column (letters whose x lies in [<paramref name="fromX"/>, <paramref name="toX"/>)),
    /// lines in reading order from page <paramref name="firstPage"/>, whitespace removed: a cell's wrapped
    /// lines join up without the other columns that share their baselines.
    /// </summary>
    public string Column(double fromX, double toX, int firstPage = 1)
    {
        var setup = PageSetup.A4;
        var top = setup.Height - setup.ContentTop;
        var bottom = setup.Height - setup.ContentTop - setup.ContentHeight;
        using var document = PdfDocument.Open(Pdf);
        var text = new System.Text.StringBuilder();
        foreach (var page in document.GetPages().Where(p => p.Number >= firstPage))
        {
            foreach (var line in page.Letters
                .Where(l => l.StartBaseLine.X >= fromX && l.StartBaseLine.X < toX && l.StartBaseLine.Y < top && l.StartBaseLine.Y > bottom)
                .GroupBy(l => Math.Round(l.StartBaseLine.Y, 1))
                .OrderByDescending(g => g.Key))
            {
                text.Append(string.Concat(line.OrderBy(l => l.StartBaseLine.X).Select(l => l.Value)));
            }
        }

        return Squeeze(text.ToString());
    }

    /// <summary>The x range of column <paramref name="index"/> of a table with these weights across the content width.</summary>
    public static (double From, double To) ColumnRange(float[] weights, int index)
    {
        var setup = PageSetup.A4;
        var total = weights.Sum();
        var from = setup.ContentLeft + (setup.ContentWidth * weights.Take(index).Sum() / total);
        var to = from + (setup.ContentWidth * weights[index] / total);
        return (from, to);
    }

    public void AssertPageNumbers()
    {
        Assert.True(Text.PageCount >= 1);
        for (var page = 1; page <= Text.PageCount; page++)
        {
            Assert.Equal($"第 {page} 页 / 共 {Text.PageCount} 页", Text.Footer(page).Text);
        }
    }

    /// <summary>No plain mainland mobile number (11 digits starting 13–19) anywhere in the text.</summary>
    public void AssertNoPhoneNumber() =>
        Assert.DoesNotMatch(Phone(), All);

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"1[3-9]\d{9}")]
    private static partial Regex Phone();
}
