namespace ComplianceHub.Reports.Layout;

/// <summary>A piece of a document (heading, paragraph, table…) that lays itself out as flow items.</summary>
public abstract class Block
{
    /// <summary>Lays the block out for the content width; the items are then paginated.</summary>
    public abstract IEnumerable<FlowItem> Flow(LayoutContext context, float width);
}
