using ComplianceHub.Reports.Layout;

namespace ComplianceHub.Reports.Tests.Layout;

public sealed class PaginatorTests
{
    private static List<List<string>> Names(IReadOnlyList<PageLayout> pages) =>
        pages.Select(p => p.Boxes.Select(b => b.Box.ToString()!).ToList()).ToList();

    [Fact]
    public void Boxes_fill_a_page_then_continue_on_the_next_without_leading_space()
    {
        var flow = Enumerable.Range(1, 5).Select(i => new FlowItem(new FixedBox($"b{i}", 30), SpaceBefore: 5)).ToList();

        var pages = Paginator.Paginate(flow, 100);

        Assert.Equal([["b1", "b2", "b3"], ["b4", "b5"]], Names(pages));
        Assert.Equal(0, pages[1].Boxes[0].Top);
        Assert.Equal(35, pages[0].Boxes[1].Top);
    }

    [Fact]
    public void A_heading_moves_to_the_next_page_with_what_follows_it()
    {
        FlowItem[] flow =
        [
            new(new FixedBox("text", 60)),
            new(new FixedBox("heading", 20), KeepWithNext: true),
            new(new FixedBox("body", 30)),
        ];

        Assert.Equal([["text"], ["heading", "body"]], Names(Paginator.Paginate(flow, 100)));
    }

    [Fact]
    public void Table_header_is_repeated_before_rows_that_start_a_page()
    {
        var header = new FixedBox("header", 20);
        var flow = new List<FlowItem> { new(header, KeepWithNext: true) };
        flow.AddRange(Enumerable.Range(1, 6).Select(i => new FlowItem(new FixedBox($"r{i}", 25), RepeatHeader: header)));

        var pages = Paginator.Paginate(flow, 100);

        Assert.Equal([["header", "r1", "r2", "r3"], ["header", "r4", "r5", "r6"]], Names(pages));
    }

    [Fact]
    public void A_box_taller_than_a_page_is_split_where_it_can_be()
    {
        FlowItem[] flow = [new(new FixedBox("lead", 40)), new(new FixedBox("tall", 230, splitUnit: 10))];

        var pages = Paginator.Paginate(flow, 100);

        Assert.Equal([["lead", "talla"], ["tallba"], ["tallbb"]], Names(pages));
        Assert.Equal(230, pages.SelectMany(p => p.Boxes).Where(b => b.Box.ToString()!.StartsWith("tall", StringComparison.Ordinal)).Sum(b => b.Box.Height));
    }

    [Fact]
    public void A_box_that_cannot_split_gets_a_page_of_its_own_and_is_clipped()
    {
        FlowItem[] flow = [new(new FixedBox("lead", 40)), new(new FixedBox("huge", 150)), new(new FixedBox("after", 10))];

        Assert.Equal([["lead"], ["huge"], ["after"]], Names(Paginator.Paginate(flow, 100)));
    }

    [Fact]
    public void Page_break_starts_a_new_page_unless_the_page_is_empty()
    {
        FlowItem[] flow =
        [
            new(new FixedBox("break0", 0), BreakBefore: true),
            new(new FixedBox("a", 10)),
            new(new FixedBox("break1", 0), BreakBefore: true),
            new(new FixedBox("b", 10)),
        ];

        Assert.Equal([["break0", "a"], ["break1", "b"]], Names(Paginator.Paginate(flow, 100)));
    }
}
