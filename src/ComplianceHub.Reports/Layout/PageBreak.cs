namespace ComplianceHub.Reports.Layout;

/// <summary>Starts a new page (unless the current one is still empty).</summary>
public sealed class PageBreak : Block
{
    public override IEnumerable<FlowItem> Flow(LayoutContext context, float width)
    {
        yield return new FlowItem(new SpaceBox(0), BreakBefore: true);
    }
}
