namespace ComplianceHub.Reports.Layout;

/// <summary>
/// A table with a header row. Its header never ends a page with fewer than two body rows under it; on every page the
/// table continues on, the header is repeated under a 续表 line. Rows are never split across pages unless a single
/// row is taller than a page. Columns are at least as wide as their identifiers (see <see cref="ColumnWidths"/>).
/// </summary>
/// <param name="caption">Named on the 续表 line of continued pages (续表：…), when given.</param>
public sealed class Table(IReadOnlyList<TableColumn> columns, IEnumerable<IReadOnlyList<Cell>> rows, string? caption = null) : Block
{
    private static readonly TextStyle ContinuedStyle = new(8.5f, Bold: true, Argb: 0xFF555555, LineHeight: 1.5f);

    public IReadOnlyList<TableColumn> Columns => columns;

    /// <summary>The body rows, as given (enumerated again on each read, as the renderer does).</summary>
    public IEnumerable<IReadOnlyList<Cell>> Rows => rows;

    public string? Caption => caption;

    /// <summary>What the 续表 line over a continued page's header says.</summary>
    public string ContinuedLabel => caption is null ? "续表" : "续表：" + caption;

    public override IEnumerable<FlowItem> Flow(LayoutContext context, float width)
    {
        var widths = ColumnWidths.For(context, columns, rows, width, RowStyle.Header.Padding);
        var header = Row(context, columns.Select(c => Cell.Text(c.Header, TextStyle.TableHeader, c.Align)).ToList(), widths, RowStyle.Header);
        var continued = new StackBox(
        [
            new TextLineBox(context, context.BreakLines(ContinuedLabel, ContinuedStyle, width)[0], ContinuedStyle, TextAlign.Left, width),
            header,
        ]);
        yield return new FlowItem(header, TextStyle.Body.Size * 0.6f, KeepWithNext: true);

        var index = 0;
        RowBox? pending = null;
        foreach (var row in rows)
        {
            if (row.Count != columns.Count)
            {
                throw new ArgumentException($"表格第 {index + 1} 行有 {row.Count} 列，应为 {columns.Count} 列 / row {index + 1} has {row.Count} cells, expected {columns.Count}");
            }

            var cells = row.Select((cell, i) => InColumn(cell, columns[i])).ToList();
            var style = index % 2 == 1 ? RowStyle.BodyShaded : RowStyle.Body;
            if (pending is not null)
            {
                // The first body row keeps with the second: a header never ends a page with one row under it.
                yield return new FlowItem(pending, KeepWithNext: index == 1, RepeatHeader: continued);
            }

            pending = Row(context, cells, widths, style);
            index++;
        }

        if (pending is not null)
        {
            yield return new FlowItem(pending, RepeatHeader: continued);
        }
    }

    /// <summary>A cell as its column sets it: the column's alignment for unstyled text, and its keep-on-one-line.</summary>
    internal static Cell InColumn(Cell cell, TableColumn column) => cell switch
    {
        TextCell { Style: null } text => text with { Align = column.Align, KeepOnOneLine = text.KeepOnOneLine || column.KeepOnOneLine },
        TextCell text when column.KeepOnOneLine => text with { KeepOnOneLine = true },
        _ => cell,
    };

    private static RowBox Row(LayoutContext context, IReadOnlyList<Cell> cells, float[] widths, RowStyle style)
    {
        var layouts = cells.Select((cell, i) => cell.Layout(context, widths[i] - (2 * style.Padding), TextStyle.TableBody)).ToList();
        return new RowBox(context, layouts, widths, style);
    }
}
