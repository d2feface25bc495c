namespace ComplianceHub.Reports.Layout;

/// <summary>A cell of wrapped text; <see cref="Style"/> null means the table's body style.</summary>
public sealed record TextCell(string Content, TextStyle? Style, TextAlign Align) : Cell
{
    internal override CellLayout Layout(LayoutContext context, float width, TextStyle defaultStyle)
    {
        var style = Style ?? defaultStyle;
        return new TextCellLayout(context, context.BreakLines(Content, style, width), style, Align);
    }
}
