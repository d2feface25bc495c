using ComplianceHub.Domain.Time;

namespace ComplianceHub.Domain.Access;

/// <summary>
/// Reads access-log batches for the four patterns of <see cref="AccessAnomalyKind"/>. Pure and incremental:
/// <see cref="Summarize"/> turns one batch into a summary, <see cref="Merge"/> folds summaries together
/// (in any order, as long as no record is later than <see cref="AccessDetectionOptions.OpenHourHorizon"/>),
/// and <see cref="Detections"/> reads the result.
/// </summary>
public static class AccessAnomalyDetector
{
    /// <summary>Adds one batch to the running summary: <c>Merge(summary, Summarize(batch))</c>.</summary>
    public static AccessSummary Add(
        AccessSummary summary, IEnumerable<AccessLogRecord> batch, AccessContext context, AccessDetectionOptions options, long? evidenceSeq = null) =>
        Merge(summary, Summarize(batch, context, options, evidenceSeq), options);

    /// <summary>One batch as a summary.</summary>
    /// <param name="evidenceSeq">The evidence entry that recorded this batch, so findings can cite it.</param>
    public static AccessSummary Summarize(
        IEnumerable<AccessLogRecord> batch, AccessContext context, AccessDetectionOptions options, long? evidenceSeq = null)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);

        var tallies = new Dictionary<(string, AccessAnomalyKind), AccessTally>();
        var hours = new Dictionary<(string, DateTimeOffset), HourTally>();
        DateTimeOffset? latest = null;
        foreach (var record in batch)
        {
            latest = latest is { } l && l >= record.At ? l : record.At;
            foreach (var kind in KindsOf(record, context, options))
            {
                Add(tallies, new AccessTally(kind, record.Account, record.At, record.At, 1, record.Count, 0, evidenceSeq, evidenceSeq));
            }

            if (options.BulkAndNightActions.Contains(record.Action))
            {
                var hour = ChinaTime.HourOf(record.At);
                var tally = new HourTally(record.Account, hour, 1, record.Count, evidenceSeq, evidenceSeq);
                hours[(record.Account, hour)] = hours.TryGetValue((record.Account, hour), out var seen) ? seen.Merge(tally) : tally;
            }
        }

        return Seal(new AccessSummary(Sorted(tallies.Values), Sorted(hours.Values), latest), options);
    }

    /// <summary>Folds two summaries together; hours that fall behind the horizon are judged and dropped.</summary>
    public static AccessSummary Merge(AccessSummary a, AccessSummary b, AccessDetectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(options);

        var tallies = a.Tallies.ToDictionary(t => (t.Account, t.Kind));
        foreach (var tally in b.Tallies)
        {
            Add(tallies, tally);
        }

        var hours = a.OpenHours.ToDictionary(h => (h.Account, h.Hour));
        foreach (var hour in b.OpenHours)
        {
            hours[(hour.Account, hour.Hour)] = hours.TryGetValue((hour.Account, hour.Hour), out var seen) ? seen.Merge(hour) : hour;
        }

        var latest = a.LatestAt is not { } la ? b.LatestAt : b.LatestAt is not { } lb ? la : la >= lb ? la : lb;
        return Seal(new AccessSummary(Sorted(tallies.Values), Sorted(hours.Values), latest), options);
    }

    /// <summary>
    /// Everything the summary shows, one detection per account and kind. Open hours are judged here against
    /// the current threshold, so changing it changes what recent hours show without re-reading any log.
    /// </summary>
    public static IReadOnlyList<AccessDetection> Detections(AccessSummary summary, AccessDetectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(options);

        var tallies = summary.Tallies.ToDictionary(t => (t.Account, t.Kind));
        foreach (var hour in summary.OpenHours.Where(h => h.Waybills > options.BulkThresholdPerHour))
        {
            Add(tallies, hour.ToBulkTally());
        }

        return Sorted(tallies.Values).Select(AccessDetection.Of).ToList();
    }

    private static IEnumerable<AccessAnomalyKind> KindsOf(AccessLogRecord record, AccessContext context, AccessDetectionOptions options)
    {
        if (context.OwnOutletCode is { } own
            && options.CrossOutletActions.Contains(record.Action)
            && !string.Equals(record.WaybillOutlet, own, StringComparison.OrdinalIgnoreCase))
        {
            yield return AccessAnomalyKind.CrossOutlet;
        }

        if (context.Roster.DepartedHolderAt(record.Account, record.At) is not null)
        {
            yield return AccessAnomalyKind.UsedAfterDeparture;
        }

        if (options.BulkAndNightActions.Contains(record.Action) && options.IsNight(TimeOnly.FromDateTime(ChinaTime.ToLocal(record.At).DateTime)))
        {
            yield return AccessAnomalyKind.NightQuery;
        }
    }

    /// <summary>Judges hours that ended before the horizon: over the threshold they become bulk tallies, otherwise they are dropped.</summary>
    private static AccessSummary Seal(AccessSummary summary, AccessDetectionOptions options)
    {
        if (summary.LatestAt is not { } latest)
        {
            return summary;
        }

        var horizon = latest - options.OpenHourHorizon;
        var closing = summary.OpenHours.Where(h => h.Hour.AddHours(1) <= horizon).ToList();
        if (closing.Count == 0)
        {
            return summary;
        }

        var tallies = summary.Tallies.ToDictionary(t => (t.Account, t.Kind));
        foreach (var hour in closing.Where(h => h.Waybills > options.BulkThresholdPerHour))
        {
            Add(tallies, hour.ToBulkTally());
        }

        var open = summary.OpenHours.Where(h => h.Hour.AddHours(1) > horizon).ToList();
        return summary with { Tallies = Sorted(tallies.Values), OpenHours = open };
    }

    private static void Add(Dictionary<(string, AccessAnomalyKind), AccessTally> tallies, AccessTally tally) =>
        tallies[(tally.Account, tally.Kind)] = tallies.TryGetValue((tally.Account, tally.Kind), out var seen) ? seen.Merge(tally) : tally;

    private static List<AccessTally> Sorted(IEnumerable<AccessTally> tallies) =>
        tallies.OrderBy(t => t.Account, StringComparer.Ordinal).ThenBy(t => t.Kind).ToList();

    private static List<HourTally> Sorted(IEnumerable<HourTally> hours) =>
        hours.OrderBy(h => h.Account, StringComparer.Ordinal).ThenBy(h => h.Hour).ToList();
}
