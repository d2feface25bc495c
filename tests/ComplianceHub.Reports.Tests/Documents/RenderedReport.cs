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

    /// <summary>
    /// Every <see cref="KeepTogether"/> group of <paramref name="document"/> (the one this was rendered from) starts and
    /// ends on the same page: its first text and its last text are found, in document order, on one page.
    /// </summary>
    public void AssertKeepTogetherGroupsStayOnOnePage(ReportDocument document)
    {
        var pages = Enumerable.Range(1, Text.PageCount)
            .Select(p => Squeeze(string.Concat(Text.ContentLines().Where(l => l.Page == p).Select(l => l.Text))))
            .ToList();
        var groups = document.Blocks.OfType<KeepTogether>().ToList();
        Assert.NotEmpty(groups);
        var (page, offset) = (0, 0);
        foreach (var group in groups)
        {
            var first = Squeeze(TextOf(group.Blocks[0]));
            var last = Squeeze(TextOf(group.Blocks[^1]));
            var start = first[..Math.Min(8, first.Length)];
            var end = last[^Math.Min(6, last.Length)..];
            (page, offset) = Find(pages, start, page, offset);
            var startPage = page;
            (page, offset) = Find(pages, end, page, offset);
            Assert.True(startPage == page, $"the group starting '{start}' begins on page {startPage + 1} and ends ('{end}') on page {page + 1}");
        }
    }

    private static (int Page, int Offset) Find(List<string> pages, string snippet, int page, int offset)
    {
        for (; page < pages.Count; page++, offset = 0)
        {
            var at = pages[page].IndexOf(snippet, offset, StringComparison.Ordinal);
            if (at >= 0)
            {
                return (page, at + snippet.Length);
            }
        }

        throw new Xunit.Sdk.XunitException($"'{snippet}' not found in order");
    }

    private static string TextOf(Block block) => block switch
    {
        Paragraph p => p.Text,
        Heading h => h.Text,
        KeyValueBlock kv => kv.Pairs.Last().Value is TextCell t ? t.Content : kv.Pairs.Last().Key,
        Table t => t.Rows.Last().OfType<TextCell>().Last(c => c.Content.Trim().Length > 0).Content,
        KeepTogether k => TextOf(k.Blocks[^1]),
        _ => throw new ArgumentException($"no text for {block.GetType().Name}"),
    };

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
