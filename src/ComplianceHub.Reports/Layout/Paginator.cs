namespace ComplianceHub.Reports.Layout;

/// <summary>
/// Pass one of rendering: places the flow's boxes onto pages of a given content height. A box
/// never straddles pages; headings move with what follows them; a table row arriving at the top
/// of a new page is preceded by its table's header row; a box taller than a whole page is split
/// where it stands if it can be (table rows split between text lines) and otherwise gets a page of
/// its own and is clipped.
/// </summary>
public static class Paginator
{
    public static IReadOnlyList<PageLayout> Paginate(IReadOnlyList<FlowItem> flow, float contentHeight)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var pages = new List<PageLayout> { new() };
        for (var i = 0; i < flow.Count; i++)
        {
            var item = flow[i];
            var page = pages[^1];
            var needed = item.KeepWithNext ? ChainHeight(flow, i) : item.Box.Height;
            if (needed > contentHeight)
            {
                needed = item.Box.Height; // the chain cannot share one page anyway
            }

            // A box taller than any page that can split starts right here, filling this page first.
            var overflows = page.Used + item.SpaceBefore + needed > contentHeight;
            var splitsHere = item.Box.Height > contentHeight && item.Box.Split(contentHeight - Gap(page, item)) is not null;
            if (!page.IsEmpty && (item.BreakBefore || (overflows && !splitsHere)))
            {
                page = NewPage(pages, item);
            }

            var box = item.Box;
            while (box.Height > contentHeight - Gap(page, item) && box.Split(contentHeight - Gap(page, item)) is { } parts)
            {
                page.Add(parts.First, item.SpaceBefore);
                page = NewPage(pages, item);
                box = parts.Remainder;
            }

            page.Add(box, item.SpaceBefore);
        }

        return pages;
    }

    private static float Gap(PageLayout page, FlowItem item) => page.IsEmpty ? 0 : page.Used + item.SpaceBefore;

    private static PageLayout NewPage(List<PageLayout> pages, FlowItem item)
    {
        var page = new PageLayout();
        if (item.RepeatHeader is { } header && !ReferenceEquals(header, item.Box))
        {
            page.Add(header, 0);
        }

        pages.Add(page);
        return page;
    }

    /// <summary>Height of item i and the items it keeps with, up to the first that does not keep with its next.</summary>
    private static float ChainHeight(IReadOnlyList<FlowItem> flow, int i)
    {
        var height = flow[i].Box.Height;
        for (var j = i + 1; j < flow.Count; j++)
        {
            height += flow[j].SpaceBefore + flow[j].Box.Height;
            if (!flow[j].KeepWithNext)
            {
                break;
            }
        }

        return height;
    }
}
