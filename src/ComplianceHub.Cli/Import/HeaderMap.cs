namespace ComplianceHub.Cli.Import;

/// <summary>
/// Which cell of a row holds which column, from the header row. Headers match the English name or the
/// Chinese alias, ignoring case, spaces, '_' and '-'. An unknown header is an error rather than ignored:
/// a misspelt "leftOn" would otherwise silently drop every departure in the file.
/// </summary>
internal sealed class HeaderMap
{
    private readonly Dictionary<ImportColumn, (int Index, string Header)> _found;
    private readonly HashSet<int> _mappedIndexes;

    private HeaderMap(int row, Dictionary<ImportColumn, (int Index, string Header)> found)
    {
        HeaderRow = row;
        _found = found;
        _mappedIndexes = [.. found.Values.Select(v => v.Index)];
    }

    public int HeaderRow { get; }

    /// <summary>The map, or null when the header is unusable; every header problem is added to <paramref name="errors"/>.</summary>
    public static HeaderMap? Build(SheetRow header, IReadOnlyList<ImportColumn> columns, List<RowError> errors)
    {
        var byKey = new Dictionary<string, ImportColumn>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            byKey[Normalize(column.Name)] = column;
            byKey[Normalize(column.ChineseName)] = column;
        }

        var found = new Dictionary<ImportColumn, (int Index, string Header)>();
        var errorCount = errors.Count;
        for (var i = 0; i < header.Cells.Count; i++)
        {
            var text = header.Cells[i].Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (!byKey.TryGetValue(Normalize(text), out var column))
            {
                errors.Add(new RowError(header.Number, text, $"未知列 unknown column; 可用列 known columns: {Known(columns)}"));
            }
            else if (found.TryGetValue(column, out var first))
            {
                errors.Add(new RowError(header.Number, text, $"与列 {first.Header} 重复 same column as {first.Header}"));
            }
            else
            {
                found[column] = (i, text);
            }
        }

        foreach (var column in columns.Where(c => c.Required && !found.ContainsKey(c)))
        {
            errors.Add(new RowError(header.Number, null, $"缺少必需列 missing required column {column.ChineseName} / {column.Name}"));
        }

        return errors.Count == errorCount ? new HeaderMap(header.Number, found) : null;
    }

    public bool Has(ImportColumn column) => _found.ContainsKey(column);

    /// <summary>The header as the file writes it, so an error points at the column the user sees.</summary>
    public string NameOf(ImportColumn column) => _found.TryGetValue(column, out var at) ? at.Header : column.Name;

    /// <summary>The trimmed cell, or empty when the column is absent or the row is short.</summary>
    public string Cell(SheetRow row, ImportColumn column) =>
        _found.TryGetValue(column, out var at) && at.Index < row.Cells.Count ? row.Cells[at.Index].Trim() : string.Empty;

    /// <summary>Data in a column without a header is data nobody can say the meaning of: reported, not dropped.</summary>
    public void CheckUnlabelledCells(SheetRow row, List<RowError> errors)
    {
        for (var i = 0; i < row.Cells.Count; i++)
        {
            if (!_mappedIndexes.Contains(i) && !string.IsNullOrWhiteSpace(row.Cells[i]))
            {
                errors.Add(new RowError(row.Number, $"#{i + 1}", "该列没有表头却有数据 cell in a column without a header"));
            }
        }
    }

    private static string Known(IReadOnlyList<ImportColumn> columns) =>
        string.Join(", ", columns.Select(c => $"{c.Name}/{c.ChineseName}"));

    private static string Normalize(string header) =>
        new([.. header.Where(c => !char.IsWhiteSpace(c) && c is not ('_' or '-') && c != '\uFEFF').Select(char.ToLowerInvariant)]);
}
