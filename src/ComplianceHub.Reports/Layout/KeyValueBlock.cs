namespace ComplianceHub.Reports.Layout;

/// <summary>Label–value pairs (企业名称：…), labels in a narrow grey bold column.</summary>
public sealed class KeyValueBlock(IEnumerable<KeyValuePair<string, Cell>> pairs, float labelShare = 0.28f) : Block
{
    private static readonly TextStyle LabelStyle = new(9.5f, Bold: true, Argb: 0xFF555555, LineHeight: 1.45f);
    private static readonly TextStyle ValueStyle = new(9.5f, LineHeight: 1.45f);

    public IEnumerable<KeyValuePair<string, Cell>> Pairs => pairs;

    public override IEnumerable<FlowItem> Flow(LayoutContext context, float width)
    {
        float[] widths = [width * labelShare, width * (1 - labelShare)];
        var style = RowStyle.KeyValue;
        var first = true;
        foreach (var (label, value) in pairs)
        {
            var cells = new[]
            {
                Cell.Text(label, LabelStyle).Layout(context, widths[0] - (2 * style.Padding), LabelStyle),
                value.Layout(context, widths[1] - (2 * style.Padding), ValueStyle),
            };
            yield return new FlowItem(new RowBox(context, cells, widths, style), first ? 6 : 0);
            first = false;
        }
    }
}
