namespace ComplianceHub.Reports.Layout;

/// <summary>A cell of wrapped text; <see cref="Style"/> null means the table's body style.</summary>
/// <param name="KeepOnOneLine">Break only at '\n' (identifiers); the column is sized to hold each line.</param>
public sealed record TextCell(string Content, TextStyle? Style, TextAlign Align, bool KeepOnOneLine = false) : Cell
{
    internal override CellLayout Layout(LayoutContext context, float width, TextStyle defaultStyle)
    {
        var style = Style ?? defaultStyle;
        return new TextCellLayout(context, context.BreakLines(Content, style, width, KeepOnOneLine), style, Align);
    }

    internal override float MinContentWidth(LayoutContext context, TextStyle defaultStyle) =>
        context.MinContentWidth(Content, Style ?? defaultStyle, KeepOnOneLine);
}
