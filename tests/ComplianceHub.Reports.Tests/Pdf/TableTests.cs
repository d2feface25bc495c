using ComplianceHub.Reports.Layout;
using ComplianceHub.Reports.Tests.Reading;

namespace ComplianceHub.Reports.Tests.Pdf;

public sealed class TableTests
{
    private static readonly TableColumn[] Columns =
    [
        new("编号", 0.8f), new("检查项目", 3), new("结论", 1), new("风险", 1),
    ];

    private static Table ThirtyRows() => new(
        Columns,
        Enumerable.Range(1, 30).Select(i => (IReadOnlyList<Cell>)
        [
            $"R{i:000}",
            $"检查员工账号权限与访问日志留存情况，日志保存不少于六个月（第{i}项）",
            i % 4 == 0 ? "不符合" : "符合",
            Cell.Badge((RiskLevel)(i % 3)),
        ]));

    private static byte[] TableAfterText() => Render.Pdf(
        new Heading("一、检查情况"),
        new Paragraph(TextExtractionTests.Chinese),
        new Paragraph(TextExtractionTests.English),
        new Paragraph(TextExtractionTests.Chinese),
        new Heading("二、检查项目明细"),
        ThirtyRows());

    [Fact]
    public void Thirty_rows_across_a_page_break_lose_no_row_and_repeat_no_row()
    {
        var text = PdfText.Read(TableAfterText());
        var all = string.Concat(text.Lines.Select(l => l.Text));

        for (var i = 1; i <= 30; i++)
        {
            var marker = $"R{i:000}";
            Assert.True(Occurrences(all, marker) == 1, $"{marker} appears {Occurrences(all, marker)} times");
        }

        var markerOrder = text.Lines.Select(l => l.Text).Where(t => t.StartsWith('R')).Select(t => t[..4]).ToList();
        Assert.Equal(Enumerable.Range(1, 30).Select(i => $"R{i:000}"), markerOrder);
    }

    [Fact]
    public void Header_row_is_repeated_at_the_top_of_each_page_the_table_spans()
    {
        var text = PdfText.Read(TableAfterText());
        var pagesWithRows = text.Lines.Where(l => l.Text.StartsWith("R0", StringComparison.Ordinal)).Select(l => l.Page).Distinct().ToList();
        Assert.True(pagesWithRows.Count >= 2, "the table should break across pages for this test to mean anything");

        foreach (var page in pagesWithRows)
        {
            var content = text.ContentLines().Where(l => l.Page == page).ToList();
            var header = content.SingleOrDefault(l => l.Text.Replace(" ", "", StringComparison.Ordinal) == "编号检查项目结论风险");
            Assert.NotNull(header);
            var firstRow = content.First(l => l.Text.StartsWith('R'));
            Assert.True(header.Baseline > firstRow.Baseline, $"page {page}: header row must be above the first body row");
        }
    }

    [Fact]
    public void A_row_is_never_split_across_pages()
    {
        var text = PdfText.Read(TableAfterText());

        // Each row's second-column text wraps over two lines; the second line (ending 第i项）) is on
        // the page of the row's first line (which carries the marker Rnnn).
        for (var i = 1; i <= 30; i++)
        {
            var first = text.Lines.Single(l => l.Text.StartsWith($"R{i:000}", StringComparison.Ordinal));
            var last = text.Lines.Single(l => l.Text.Contains($"第{i}项）", StringComparison.Ordinal));
            Assert.NotEqual(first, last);
            Assert.Equal(first.Page, last.Page);
        }
    }

    [Fact]
    public void A_row_taller_than_a_page_is_split_between_lines_and_keeps_all_its_text()
    {
        var longCell = string.Concat(Enumerable.Repeat(TextExtractionTests.Chinese, 12));
        var table = new Table([new TableColumn("编号", 1), new TableColumn("说明", 5)], [["R001", longCell]]);

        var text = PdfText.Read(Render.Pdf(table));

        Assert.True(text.PageCount >= 2);
        var body = string.Concat(text.ContentLines().Select(l => l.Text.Replace("R001", "", StringComparison.Ordinal)))
            .Replace("编号说明", "", StringComparison.Ordinal)
            .Replace("续表", "", StringComparison.Ordinal);
        Assert.Equal(longCell, body);
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
