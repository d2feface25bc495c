namespace ComplianceHub.Reports.Layout;

/// <summary>
/// A table's column widths: each column's share of the width by weight, but never less than its minimum content
/// width (its widest identifier kept on one line, its widest unbreakable word, its header on one line when short);
/// the columns that would fall below their minimum get exactly it and the others share what is left by weight.
/// </summary>
internal static class ColumnWidths
{
    /// <summary>Headers up to this many characters are never wrapped (抽检合格率 rather than 抽检合格 / 率).</summary>
    private const int ShortHeader = 8;

    public static float[] For(
        LayoutContext context, IReadOnlyList<TableColumn> columns, IEnumerable<IReadOnlyList<Cell>> rows, float width, float padding)
    {
        var minimum = new float[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            var header = columns[i].Header;
            var keepHeader = header.Length <= ShortHeader && !header.Contains('\n', StringComparison.Ordinal);
            minimum[i] = context.MinContentWidth(header, TextStyle.TableHeader, keepHeader);
        }

        // A long streamed table (a whole jurisdiction) is measured only where it must be: the kept-on-one-line cells.
        var measureAll = rows.TryGetNonEnumeratedCount(out _);
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Count && i < columns.Count; i++)
            {
                var cell = Table.InColumn(row[i], columns[i]);
                if (measureAll || cell is TextCell { KeepOnOneLine: true })
                {
                    minimum[i] = Math.Max(minimum[i], cell.MinContentWidth(context, TextStyle.TableBody));
                }
            }
        }

        // Half a point of slack: a line measured exactly as wide as its column must not wrap on rounding.
        return Distribute(width, columns.Select(c => c.Weight).ToArray(), minimum.Select(m => m + (2 * padding) + 0.5f).ToArray());
    }

    public static float[] Distribute(float width, float[] weights, float[] minimum)
    {
        var n = weights.Length;
        var minimumSum = minimum.Sum();
        if (minimumSum >= width)
        {
            // Cannot hold every column's content: shrink all in proportion to what they need (kept lines then wrap).
            return minimum.Select(m => width * m / minimumSum).ToArray();
        }

        var atMinimum = new bool[n];
        while (true)
        {
            var free = width - Enumerable.Range(0, n).Where(i => atMinimum[i]).Sum(i => minimum[i]);
            var weightSum = Enumerable.Range(0, n).Where(i => !atMinimum[i]).Sum(i => weights[i]);
            var changed = false;
            for (var i = 0; i < n; i++)
            {
                if (!atMinimum[i] && free * weights[i] / weightSum < minimum[i])
                {
                    atMinimum[i] = true;
                    changed = true;
                }
            }

            if (!changed)
            {
                return Enumerable.Range(0, n).Select(i => atMinimum[i] ? minimum[i] : free * weights[i] / weightSum).ToArray();
            }
        }
    }
}
