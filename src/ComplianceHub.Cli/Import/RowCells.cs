namespace ComplianceHub.Cli.Import;

/// <summary>Typed access to one row's cells by column; every bad or missing value is added to the error list.</summary>
internal readonly struct RowCells(SheetRow row, HeaderMap headers, List<RowError> errors)
{
    public string Text(ImportColumn column) => headers.Cell(row, column);

    public bool IsEmpty(ImportColumn column) => Text(column).Length == 0;

    public void Error(ImportColumn column, string reason) => errors.Add(new RowError(row.Number, headers.NameOf(column), reason));

    public DateOnly? RequiredDate(ImportColumn column) => Required(column) ? Date(column) : null;

    public DateOnly? OptionalDate(ImportColumn column) => IsEmpty(column) ? null : Date(column);

    public DateTimeOffset? OptionalInstant(ImportColumn column)
    {
        if (IsEmpty(column))
        {
            return null;
        }

        var value = CellParser.Instant(Text(column), out var reason);
        Report(column, reason);
        return value;
    }

    public bool? RequiredFlag(ImportColumn column) => Required(column) ? Flag(column) : null;

    public bool? OptionalFlag(ImportColumn column) => IsEmpty(column) ? null : Flag(column);

    public decimal? RequiredNumber(ImportColumn column)
    {
        if (!Required(column))
        {
            return null;
        }

        var value = CellParser.Number(Text(column), out var reason);
        Report(column, reason);
        return value;
    }

    /// <summary>False (and an error) when the cell is empty.</summary>
    public bool Required(ImportColumn column)
    {
        if (!IsEmpty(column))
        {
            return true;
        }

        Error(column, $"必填 required ({column.ChineseName} / {column.Name})");
        return false;
    }

    private DateOnly? Date(ImportColumn column)
    {
        var value = CellParser.Date(Text(column), out var reason);
        Report(column, reason);
        return value;
    }

    private bool? Flag(ImportColumn column)
    {
        var value = CellParser.Flag(Text(column), out var reason);
        Report(column, reason);
        return value;
    }

    private void Report(ImportColumn column, string? reason)
    {
        if (reason is not null)
        {
            Error(column, reason);
        }
    }
}
