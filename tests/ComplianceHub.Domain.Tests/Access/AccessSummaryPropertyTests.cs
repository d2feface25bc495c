using ComplianceHub.Domain.Access;
using ComplianceHub.Domain.Tests.People;
using CsCheck;
using static ComplianceHub.Domain.Tests.Access.AccessLogs;

namespace ComplianceHub.Domain.Tests.Access;

public sealed class AccessSummaryPropertyTests
{
    private static readonly AccessDetectionOptions Options = AccessDetectionOptions.Default with { BulkThresholdPerHour = 50 };

    private static readonly AccessContext Context = new(OwnOutlet, Staff.Roster(
        Staff.Member("S1", "A1") with { LeftOn = new DateOnly(2026, 11, 2) },
        Staff.Member("S2", "A2")));

    /// <summary>Records within one day, so nothing falls behind the open-hour horizon.</summary>
    private static readonly Gen<AccessLogRecord> Record =
        Gen.Select(Gen.OneOf("A1", "A2", "A3"), Gen.Int[0, 24 * 60 - 1], Gen.OneOf(OwnOutlet, "NB777"), Gen.Int[1, 30], Gen.Enum<AccessAction>())
            .Select((account, minute, outlet, count, action) => new AccessLogRecord(account, China(2026, 11, 3, 0).AddMinutes(minute), action, outlet, count));

    [Fact]
    public void Batching_and_batch_order_do_not_change_what_is_detected() =>
        Gen.Select(Record.List[0, 60], Gen.Int[1, 6], Gen.Int).Sample((records, batches, seed) =>
        {
            var whole = AccessAnomalyDetector.Detections(AccessAnomalyDetector.Summarize(records, Context, Options), Options);

            var random = new Random(seed);
            var chunks = records.Select((r, i) => (r, i % batches)).GroupBy(x => x.Item2, x => x.r).OrderBy(_ => random.Next());
            var merged = chunks.Aggregate(AccessSummary.Empty, (summary, chunk) => AccessAnomalyDetector.Add(summary, chunk, Context, Options));

            Assert.Equal(Describe(whole), Describe(AccessAnomalyDetector.Detections(merged, Options)));
        });

    [Fact]
    public void Detected_waybills_never_exceed_the_waybills_logged_per_kind() =>
        Record.List[0, 60].Sample(records =>
        {
            var total = records.Sum(r => (long)r.Count);
            var detections = AccessAnomalyDetector.Detections(AccessAnomalyDetector.Summarize(records, Context, Options), Options);
            foreach (var kind in AccessAnomalyKinds.All)
            {
                Assert.True(detections.Where(d => d.Kind == kind).Sum(d => d.Waybills) <= total);
            }
        });

    private static string Describe(IEnumerable<AccessDetection> detections) =>
        string.Join("; ", detections.Select(d => $"{d.Kind} {d.Account} {d.From:O}..{d.To:O} r{d.Records} w{d.Waybills} h{d.Hours}"));
}
