namespace ComplianceHub.Reports.Layout;

/// <summary>
/// Pass one of rendering: places the flow's boxes onto pages of a given content height. A box
/// never straddles pages; headings move with what follows them; a table row arriving at the top
/// of a new page is preceded by its table's header row; a box taller than a whole page is split
/// where it stands if it can be (table rows split between text lines) and otherwise gets a page of
/// its own and is clipped.
/// </summary>
/// <remarks>
/// Pages come out one at a time as each is completed (<see cref="Stream"/>), looking ahead only as far
/// as a keep-with-next chain reaches (a heading and the lines it keeps with), so a flow of 10,000 table
/// rows is paginated without holding more than one page and one chain.
/// </remarks>
public static class Paginator
{
    public static IReadOnlyList<PageLayout> Paginate(IReadOnlyList<FlowItem> flow, float contentHeight) =>
        Stream(flow, contentHeight).ToList();

    /// <summary>Yields each page once nothing more will be added to it; the last page last.</summary>
    public static IEnumerable<PageLayout> Stream(IEnumerable<FlowItem> flow, float contentHeight)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var page = new PageLayout();
        var chain = new List<FlowItem>();
        foreach (var item in flow)
        {
            chain.Add(item);
            if (item.KeepWithNext)
            {
                continue; // its chain height needs what follows
            }

            foreach (var done in Place(chain, contentHeight, ref page))
            {
                yield return done;
            }

            chain.Clear();
        }

        foreach (var done in Place(chain, contentHeight, ref page))
        {
            yield return done;
        }

        yield return page;
    }

    /// <summary>
    /// Places a chain (items that keep with their next, ending with one that does not or with the flow's end)
    /// and returns the pages it completed.
    /// </summary>
    private static List<PageLayout> Place(List<FlowItem> chain, float contentHeight, ref PageLayout page)
    {
        var completed = new List<PageLayout>();
        for (var i = 0; i < chain.Count; i++)
        {
            var item = chain[i];
            var needed = item.KeepWithNext ? ChainHeight(chain, i) : item.Box.Height;
            if (needed > contentHeight)
            {
                needed = item.Box.Height; // the chain cannot share one page anyway
            }

            // A box taller than any page that can split starts right here, filling this page first.
            var overflows = page.Used + item.SpaceBefore + needed > contentHeight;
            var splitsHere = item.Box.Height > contentHeight && item.Box.Split(contentHeight - Gap(page, item)) is not null;
            if (!page.IsEmpty && (item.BreakBefore || (overflows && !splitsHere)))
            {
                completed.Add(page);
                page = NewPage(item);
            }

            var box = item.Box;
            while (box.Height > contentHeight - Gap(page, item) && box.Split(contentHeight - Gap(page, item)) is { } parts)
            {
                page.Add(parts.First, item.SpaceBefore);
                completed.Add(page);
                page = NewPage(item);
                box = parts.Remainder;
            }

            page.Add(box, item.SpaceBefore);
        }

        return completed;
    }

    private static float Gap(PageLayout page, FlowItem item) => page.IsEmpty ? 0 : page.Used + item.SpaceBefore;

    private static PageLayout NewPage(FlowItem item)
    {
        var page = new PageLayout();
        if (item.RepeatHeader is { } header && !ReferenceEquals(header, item.Box))
        {
            page.Add(header, 0);
        }

        return page;
    }

    /// <summary>Height of item i and the items it keeps with, up to the first that does not keep with its next.</summary>
    private static float ChainHeight(List<FlowItem> chain, int i)
    {
        var height = chain[i].Box.Height;
        for (var j = i + 1; j < chain.Count; j++)
        {
            height += chain[j].SpaceBefore + chain[j].Box.Height;
            if (!chain[j].KeepWithNext)
            {
                break;
            }
        }

        return height;
    }
}
