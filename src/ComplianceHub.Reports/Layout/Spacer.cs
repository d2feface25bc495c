namespace ComplianceHub.Reports.Layout;

/// <summary>Vertical space between blocks; dropped when it would fall at the top of a page.</summary>
public sealed class Spacer(float height) : Block
{
    public override IEnumerable<FlowItem> Flow(LayoutContext context, float width)
    {
        yield return new FlowItem(new SpaceBox(0), SpaceBefore: height);
    }
}
