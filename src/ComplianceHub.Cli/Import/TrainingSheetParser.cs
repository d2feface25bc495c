namespace ComplianceHub.Cli.Import;

/// <summary>
/// Reads one row per attendee and groups rows by (heldOn, topic) into sessions, in order of first appearance.
/// All rows of a session must agree on hours and batchId; a batchId may name only one session.
/// </summary>
internal static class TrainingSheetParser
{
    public static TrainingSheet Parse(IReadOnlyList<SheetRow> rows)
    {
        var errors = new List<RowError>();
        var headerRow = rows.FirstOrDefault(r => !r.IsBlank);
        if (headerRow is null)
        {
            errors.Add(new RowError(1, null, "文件为空，缺少表头 empty file: no header row"));
            return new TrainingSheet(null, [], errors);
        }

        var headers = HeaderMap.Build(headerRow, TrainingColumns.All, errors);
        if (headers is null)
        {
            return new TrainingSheet(null, [], errors);
        }

        var sessions = new Dictionary<(DateOnly, string), TrainingSessionRows>();
        var sessionOfBatchId = new Dictionary<string, TrainingSessionRows>(StringComparer.Ordinal);
        foreach (var row in rows.Where(r => r.Number > headerRow.Number && !r.IsBlank))
        {
            headers.CheckUnlabelledCells(row, errors);
            var cells = new RowCells(row, headers, errors);
            var heldOn = cells.RequiredDate(TrainingColumns.HeldOn);
            var hours = cells.RequiredNumber(TrainingColumns.Hours);
            var topic = cells.Text(TrainingColumns.Topic);
            var batchId = cells.Text(TrainingColumns.BatchId);
            if (heldOn is not { } day)
            {
                // Without its day the row belongs to no session; its other cells were still checked above.
                continue;
            }

            if (!sessions.TryGetValue((day, topic), out var session))
            {
                session = new TrainingSessionRows(day, topic, row.Number);
                sessions.Add((day, topic), session);
            }

            AddHours(session, hours, row, cells);
            AddBatchId(session, batchId, row, cells, sessionOfBatchId);
            session.StaffIds.Add(cells.Text(TrainingColumns.StaffId));
            session.StaffRows.Add(row.Number);
        }

        if (sessions.Count == 0 && errors.Count == 0)
        {
            errors.Add(new RowError(headerRow.Number, null, "没有数据行 no data rows under the header"));
        }

        return new TrainingSheet(headers, [.. sessions.Values], errors);
    }

    private static void AddHours(TrainingSessionRows session, decimal? hours, SheetRow row, RowCells cells)
    {
        if (hours is not { } value)
        {
            return;
        }

        if (session.Hours is null)
        {
            session.Hours = value;
            session.HoursRow = row.Number;
        }
        else if (session.Hours != value)
        {
            cells.Error(TrainingColumns.Hours, $"同一培训（日期和主题相同）时长与第 {session.HoursRow} 行不同 hours differ from row {session.HoursRow} of the same session");
        }
    }

    private static void AddBatchId(
        TrainingSessionRows session, string batchId, SheetRow row, RowCells cells, Dictionary<string, TrainingSessionRows> sessionOfBatchId)
    {
        if (session.BatchIdRow is null)
        {
            session.BatchId = batchId.Length == 0 ? null : batchId;
            session.BatchIdRow = row.Number;
            if (session.BatchId is { } id && !sessionOfBatchId.TryAdd(id, session))
            {
                var other = sessionOfBatchId[id].FirstRow;
                cells.Error(TrainingColumns.BatchId, $"批次号已用于第 {other} 行的另一场培训 batchId already names another session (row {other})");
            }
        }
        else if (!string.Equals(session.BatchId ?? string.Empty, batchId, StringComparison.Ordinal))
        {
            cells.Error(TrainingColumns.BatchId, $"同一培训的批次号与第 {session.BatchIdRow} 行不同 batchId differs from row {session.BatchIdRow} of the same session");
        }
    }
}
