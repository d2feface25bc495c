namespace ComplianceHub.Reports.Layout;

/// <summary>
/// A table with a header row that is repeated at the top of every page the table continues on.
/// Rows are never split across pages unless a single row is taller than a page.
/// </summary>
public sealed class Table(IReadOnlyList<TableColumn> columns, IEnumerable<IReadOnlyList<Cell>> rows) : Block
{
    public IReadOnlyList<TableColumn> Columns => columns;

    /// <summary>The body rows, as given (enumerated again on each read, as the renderer does).</summary>
    public IEnumerable<IReadOnlyList<Cell>> Rows => rows;

    public override IEnumerable<FlowItem> Flow(LayoutContext context, float width)
    {
        var totalWeight = columns.Sum(c => c.Weight);
        var widths = columns.Select(c => width * c.Weight / totalWeight).ToArray();
        var header = Row(context, columns.Select(c => Cell.Text(c.Header, TextStyle.TableHeader, c.Align)).ToList(), widths, RowStyle.Header);
        yield return new FlowItem(header, TextStyle.Body.Size * 0.6f, KeepWithNext: true);

        var index = 0;
        foreach (var row in rows)
        {
            if (row.Count != columns.Count)
            {
                throw new ArgumentException($"表格第 {index + 1} 行有 {row.Count} 列，应为 {columns.Count} 列 / row {index + 1} has {row.Count} cells, expected {columns.Count}");
            }

            var aligned = row.Select((cell, i) => cell is TextCell { Style: null } text ? text with { Align = columns[i].Align } : cell).ToList();
            var style = index % 2 == 1 ? RowStyle.BodyShaded : RowStyle.Body;
            yield return new FlowItem(Row(context, aligned, widths, style), RepeatHeader: header);
            index++;
        }
    }

    private static RowBox Row(LayoutContext context, IReadOnlyList<Cell> cells, float[] widths, RowStyle style)
    {
        var layouts = cells.Select((cell, i) => cell.Layout(context, widths[i] - (2 * style.Padding), TextStyle.TableBody)).ToList();
        return new RowBox(context, layouts, widths, style);
    }
}
