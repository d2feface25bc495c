namespace ComplianceHub.Domain.Compliance;

/// <summary>
/// Merges a fresh evaluation into the findings seen before, matching them by <see cref="Finding.Key"/>. Pure:
/// the caller passes the moment of evaluation.
/// </summary>
public static class FindingHistory
{
    /// <summary>Periods kept per finding; a finding that flaps more often keeps its first and latest periods.</summary>
    public const int MaxPeriods = 20;

    public static FindingHistoryUpdate Merge(IReadOnlyList<FindingRecord> previous, IReadOnlyList<Finding> current, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);

        var byKey = previous.ToDictionary(r => r.Key, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        List<FindingRecord> opened = [], cleared = [];
        foreach (var finding in current)
        {
            var key = finding.Key;
            if (!seen.Add(key))
            {
                throw new ArgumentException($"Two findings share the key {key}: a rule must give each subject one finding.", nameof(current));
            }

            if (!byKey.TryGetValue(key, out var record))
            {
                record = new FindingRecord(key, finding, [new FindingPeriod(now, null)]);
                opened.Add(record);
            }
            else if (record.IsOpen)
            {
                record = record with { Finding = finding };
            }
            else
            {
                record = new FindingRecord(key, finding, Trim([.. record.Periods, new FindingPeriod(now, null)]));
                opened.Add(record);
            }

            byKey[key] = record;
        }

        foreach (var record in previous.Where(r => r.IsOpen && !seen.Contains(r.Key)))
        {
            var closed = record with { Periods = [.. record.Periods.SkipLast(1), record.Periods[^1] with { ClearedAt = now }] };
            byKey[record.Key] = closed;
            cleared.Add(closed);
        }

        var records = byKey.Values
            .OrderByDescending(r => r.IsOpen)
            .ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToList();
        return new FindingHistoryUpdate(records, opened, cleared);
    }

    private static List<FindingPeriod> Trim(List<FindingPeriod> periods) =>
        periods.Count <= MaxPeriods ? periods : [periods[0], .. periods.Skip(periods.Count - (MaxPeriods - 1))];
}
