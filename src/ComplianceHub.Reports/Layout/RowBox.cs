using SkiaSharp;

namespace ComplianceHub.Reports.Layout;

/// <summary>
/// One row of a table or key-value block: cells side by side, as tall as the tallest cell.
/// A row taller than a page splits between text lines; every cell keeps its column.
/// </summary>
internal sealed class RowBox(LayoutContext context, IReadOnlyList<CellLayout> cells, IReadOnlyList<float> columnWidths, RowStyle style)
    : LayoutBox
{
    public override float Height => cells.Max(c => c.Height) + (2 * style.Padding);

    public override void Draw(SKCanvas canvas, float x, float top)
    {
        var width = columnWidths.Sum();
        if (style.Background != 0)
        {
            canvas.DrawRect(x, top, width, Height, context.Fill(style.Background));
        }

        var left = x;
        for (var i = 0; i < cells.Count; i++)
        {
            cells[i].Draw(canvas, left + style.Padding, top + style.Padding, columnWidths[i] - (2 * style.Padding));
            left += columnWidths[i];
        }

        if (style.Grid)
        {
            DrawGrid(canvas, x, top, width);
        }
    }

    public override (LayoutBox First, LayoutBox Remainder)? Split(float available)
    {
        var inner = available - (2 * style.Padding);
        var firsts = new List<CellLayout>(cells.Count);
        var rests = new List<CellLayout>(cells.Count);
        var anySplit = false;
        foreach (var cell in cells)
        {
            if (cell.Height <= inner)
            {
                firsts.Add(cell);
                rests.Add(new TextCellLayout(context, [], TextStyle.TableBody, TextAlign.Left));
            }
            else if (cell.Split(inner) is { } parts)
            {
                firsts.Add(parts.First);
                rests.Add(parts.Remainder);
                anySplit = true;
            }
            else
            {
                return null;
            }
        }

        return anySplit
            ? (new RowBox(context, firsts, columnWidths, style), new RowBox(context, rests, columnWidths, style))
            : null;
    }

    private void DrawGrid(SKCanvas canvas, float x, float top, float width)
    {
        var pen = context.Stroke(style.GridArgb, 0.5f);
        canvas.DrawRect(x, top, width, Height, pen);
        var left = x;
        for (var i = 0; i < columnWidths.Count - 1; i++)
        {
            left += columnWidths[i];
            canvas.DrawLine(left, top, left, top + Height, pen);
        }
    }
}
