namespace ComplianceHub.Reports.Layout;

/// <summary>A caption followed by a risk badge on one line, e.g. 综合风险等级 [高风险].</summary>
public sealed class BadgeBlock(string caption, RiskLevel level) : Block
{
    public string Caption => caption;

    public RiskLevel Level => level;

    public override IEnumerable<FlowItem> Flow(LayoutContext context, float width)
    {
        var style = TextStyle.Body;
        var line = context.BreakLines(caption, style, width)[0];
        var badge = new BadgeLayout(context, level, style);
        yield return new FlowItem(new CaptionedBadgeBox(context, line, style, badge), SpaceBefore: 6);
    }
}
