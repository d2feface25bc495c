namespace ComplianceHub.Reports.Layout;

/// <summary>A section heading (level 1 or 2); it never ends a page, it moves to the next with what follows.</summary>
public sealed class Heading(string text, int level = 1) : Block
{
    public string Text => text;

    public override IEnumerable<FlowItem> Flow(LayoutContext context, float width)
    {
        var style = level <= 1 ? TextStyle.Heading1 : TextStyle.Heading2;
        var lines = context.BreakLines(text, style, width);
        for (var i = 0; i < lines.Count; i++)
        {
            var space = i == 0 ? style.Size * 0.8f : 0;
            yield return new FlowItem(new TextLineBox(context, lines[i], style, TextAlign.Left, width), space, KeepWithNext: true);
        }
    }
}
