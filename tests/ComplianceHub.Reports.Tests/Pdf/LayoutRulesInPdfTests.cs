using ComplianceHub.Reports.Layout;
using ComplianceHub.Reports.Tests.Documents;
using ComplianceHub.Reports.Tests.Reading;
using UglyToad.PdfPig;

namespace ComplianceHub.Reports.Tests.Pdf;

/// <summary>
/// The layout rules as a reader of the PDF sees them (PdfPig letter positions): identifiers whole on one line, short
/// headers unwrapped, keep-together groups on one page, a header never alone with one row, 续表 on continued pages.
/// </summary>
public sealed class LayoutRulesInPdfTests
{
    private static readonly string[] Identifiers =
    [
        "91330782MA2XYW0017", "P-WAYBILL-PRIVACY", "YZ-GZ-2026-088", "INC-330782-20260312-0001", "C-PIPL-52-OFFICER",
    ];

    [Fact]
    public void Identifiers_in_a_narrow_kept_column_are_never_split_and_short_headers_never_wrap()
    {
        var table = new Table(
        [
            new("编号", 0.3f, KeepOnOneLine: true),
            new("名称", 1f),
            new("抽检合格率", 0.3f, TextAlign.Right),
            new("说明", 4f),
        ],
            Identifiers.Select((id, i) => (IReadOnlyList<Cell>)
            [
                id,
                "义乌某某快递网点（演示）",
                "97.5%",
                TextExtractionTests.Chinese,
            ]).ToList());

        var text = PdfText.Read(Render.Pdf(table));

        Assert.All(Identifiers, id => Assert.Single(text.Lines, l => l.Text.Contains(id, StringComparison.Ordinal)));
        Assert.Contains(text.Lines, l => l.Text.Contains("抽检合格率", StringComparison.Ordinal));
        Assert.Equal(Identifiers.Length, text.Lines.Count(l => l.Text.Contains("（演示）", StringComparison.Ordinal)));
    }

    [Fact]
    public void Identifiers_in_key_value_values_and_paragraph_cells_use_break_opportunities_not_cuts()
    {
        // A 10-character-wide column cannot hold the whole code: it breaks after a hyphen, never inside a run.
        var table = new Table([new("编号", 1f), new("说明", 9f)], [["P-WAYBILL-PRIVACY", "检"]]);

        var text = PdfText.Read(Render.Pdf(table));

        Assert.Contains(text.Lines, l => l.Text.StartsWith("P-WAYBILL-", StringComparison.Ordinal) || l.Text.StartsWith("P-", StringComparison.Ordinal));
        Assert.Contains(text.Lines, l => l.Text.StartsWith("PRIVACY", StringComparison.Ordinal));
    }

    [Fact]
    public void A_keep_together_group_never_crosses_a_page_wherever_it_falls()
    {
        var splitWithoutKeeping = 0;
        for (var filler = 30; filler <= 46; filler++)
        {
            foreach (var keep in new[] { true, false })
            {
                var group = SignatureGroup();
                var blocks = Filler(filler).Append(keep ? new KeepTogether(group) : new Group(group)).ToArray();
                var text = PdfText.Read(Render.Pdf(blocks));
                var first = PageOf(text, "签字确认开始");
                var last = PageOf(text, "（盖章）结束");
                if (keep)
                {
                    Assert.True(first == last, $"filler {filler}: the group starts on page {first} and ends on page {last}");
                }
                else if (first != last)
                {
                    splitWithoutKeeping++;
                }
            }
        }

        Assert.True(splitWithoutKeeping > 0, "some filler must put the group across a page break for this test to mean anything");
    }

    [Fact]
    public void A_table_header_never_ends_a_page_with_fewer_than_two_rows_under_it()
    {
        for (var filler = 30; filler <= 46; filler++)
        {
            var rows = Enumerable.Range(1, 6).Select(i => (IReadOnlyList<Cell>)[$"R{i:000}", "检查员工账号权限"]).ToList();
            var blocks = Filler(filler).Append(new Table([new("编号", 1f), new("内容", 4f)], rows)).ToArray();
            var text = PdfText.Read(Render.Pdf(blocks));

            var headerPage = PageOf(text, "编号内容");
            var rowsOnHeaderPage = text.ContentLines().Count(l => l.Page == headerPage && l.Text.StartsWith('R'));
            Assert.True(rowsOnHeaderPage >= 2, $"filler {filler}: the header on page {headerPage} has {rowsOnHeaderPage} row(s) under it");
        }
    }

    [Fact]
    public void A_continued_table_repeats_its_header_under_a_xubiao_line_on_every_page_after_the_first()
    {
        var rows = Enumerable.Range(1, 90).Select(i => (IReadOnlyList<Cell>)[$"R{i:000}", "检查员工账号权限与访问日志留存情况"]).ToList();
        var text = PdfText.Read(Render.Pdf(new Table([new("编号", 1f), new("内容", 4f)], rows, caption: "检查项目明细")));

        Assert.True(text.PageCount >= 3);
        for (var page = 1; page <= text.PageCount; page++)
        {
            var content = text.ContentLines().Where(l => l.Page == page).ToList();
            if (page == 1)
            {
                Assert.DoesNotContain(content, l => l.Text.StartsWith("续表", StringComparison.Ordinal));
                continue;
            }

            Assert.Equal("续表：检查项目明细", content[0].Text);
            Assert.Equal("编号内容", RenderedReport.Squeeze(content[1].Text));
        }
    }

    [Fact]
    public void Adjacent_full_width_marks_are_drawn_half_an_em_apart_in_the_pdf()
    {
        var pdf = Render.Pdf(new Paragraph("检查（演示），依据《办法》；《规定》"));

        using var document = PdfDocument.Open(pdf);
        var contentTop = PageSetup.A4.Height - PageSetup.A4.ContentTop;
        var letters = document.GetPage(1).Letters.Where(l => l.StartBaseLine.Y < contentTop && l.StartBaseLine.Y > 100).ToList();
        var close = letters.Single(l => l.Value == "）");
        var comma = letters.Single(l => l.Value == "，");
        var em = letters.Single(l => l.Value == "演").Width;

        Assert.Equal(em / 2, comma.StartBaseLine.X - close.StartBaseLine.X, 1);
    }

    private static IEnumerable<Block> Filler(int lines) =>
        Enumerable.Range(0, lines).Select(i => new Paragraph($"第{i}行填充文字"));

    private static IReadOnlyList<Block> SignatureGroup() =>
    [
        new Paragraph("签字确认开始：以上检查情况经双方核对无误。"),
        new Table([new("签字人", 2f), new("签字", 2.2f), new("日期", 1.3f)],
        [
            ["检查人员：张三", "\n\n", "年 月 日"],
            ["检查人员：李四", "\n\n", "年 月 日"],
            ["被检查单位代表", "\n\n", "年 月 日"],
        ]),
        new Paragraph("测试邮政管理局（盖章）结束", TextStyle.Body, TextAlign.Right),
    ];

    private static int PageOf(PdfText text, string snippet) =>
        text.ContentLines().First(l => RenderedReport.Squeeze(l.Text).Contains(snippet, StringComparison.Ordinal)).Page;

    /// <summary>The same blocks without keeping them together: the control.</summary>
    private sealed class Group(IReadOnlyList<Block> blocks) : Block
    {
        public override IEnumerable<FlowItem> Flow(LayoutContext context, float width) => blocks.SelectMany(b => b.Flow(context, width));
    }
}
