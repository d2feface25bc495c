namespace ComplianceHub.Reports.Layout;

/// <summary>
/// Blocks that share one page (a signature and seal block; an issue with its evidence and advice): every item but
/// the last keeps with its next, so the paginator moves the whole group to a new page rather than split it. A group
/// taller than a page is split as its items would be on their own.
/// </summary>
public sealed class KeepTogether(IReadOnlyList<Block> blocks) : Block
{
    public IReadOnlyList<Block> Blocks => blocks;

    public override IEnumerable<FlowItem> Flow(LayoutContext context, float width)
    {
        var items = blocks.SelectMany(b => b.Flow(context, width)).ToList();
        for (var i = 0; i < items.Count; i++)
        {
            yield return i < items.Count - 1 ? items[i] with { KeepWithNext = true } : items[i];
        }
    }
}
