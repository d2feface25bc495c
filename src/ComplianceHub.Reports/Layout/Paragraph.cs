namespace ComplianceHub.Reports.Layout;

/// <summary>
/// Wrapped text; each line is placed on its own, so a paragraph may continue on the next page, but
/// never leaves its first line alone at a page's foot nor its last line alone at the next's head.
/// </summary>
public sealed class Paragraph(string text, TextStyle? style = null, TextAlign align = TextAlign.Left) : Block
{
    public string Text => text;

    /// <summary>The style given, or null for body text.</summary>
    public TextStyle? Style => style;

    public TextAlign Align => align;

    public override IEnumerable<FlowItem> Flow(LayoutContext context, float width)
    {
        var textStyle = style ?? TextStyle.Body;
        var lines = context.BreakLines(text, textStyle, width);
        for (var i = 0; i < lines.Count; i++)
        {
            var space = i == 0 ? textStyle.Size * 0.5f : 0;
            var keepWithNext = lines.Count >= 3 && (i == 0 || i == lines.Count - 2); // no orphan, no widow
            yield return new FlowItem(new TextLineBox(context, lines[i], textStyle, align, width), space, keepWithNext);
        }
    }
}
