using ComplianceHub.Abstractions.Labels;

namespace ComplianceHub.Grains.Labels;

/// <summary>
/// An enterprise's label figures, kept compact: one row per day for the last
/// <see cref="RetainedDays"/> days (older days stay provable in the evidence log), and the results
/// of the last <see cref="RecentBatches"/> batches so the common replay is answered without I/O.
/// </summary>
[GenerateSerializer, Immutable, Alias("chub.LabelLedgerState")]
public sealed record LabelLedgerState
{
    public const int RetainedDays = 400;

    public const int RecentBatches = 64;

    public static LabelLedgerState Empty { get; } = new();

    /// <summary>Ascending by date.</summary>
    [Id(0)] public DailyLabelStats[] Days { get; init; } = [];

    /// <summary>Oldest first; the last one is the newest batch.</summary>
    [Id(1)] public LabelBatchResult[] Recent { get; init; } = [];

    public LabelBatchResult? FindRecent(string batchId) => Array.Find(Recent, r => r.BatchId == batchId);

    /// <summary>Waybills printed on <paramref name="date"/> so far (0 for a day no longer retained).</summary>
    public long PrintedOn(DateOnly date) => Array.Find(Days, d => d.Date == date)?.Printed ?? 0;

    public LabelLedgerState Apply(LabelBatch batch, LabelBatchResult result)
    {
        var days = Days.ToList();
        var index = days.FindIndex(d => d.Date == batch.Date);
        if (index >= 0)
        {
            days[index] = days[index].Add(batch);
        }
        else
        {
            days.Add(DailyLabelStats.Empty(batch.Date).Add(batch));
            days.Sort((a, b) => a.Date.CompareTo(b.Date));
        }

        return new LabelLedgerState
        {
            Days = days.Skip(Math.Max(0, days.Count - RetainedDays)).ToArray(),
            Recent = Recent.Append(result).Skip(Math.Max(0, Recent.Length + 1 - RecentBatches)).ToArray(),
        };
    }

    public IReadOnlyList<DailyLabelStats> Series(DateOnly from, DateOnly to) =>
        Days.Where(d => d.Date >= from && d.Date <= to).ToList();
}
