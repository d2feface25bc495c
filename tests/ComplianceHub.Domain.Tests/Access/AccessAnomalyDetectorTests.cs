using ComplianceHub.Domain.Access;
using ComplianceHub.Domain.People;
using ComplianceHub.Domain.Tests.People;
using static ComplianceHub.Domain.Tests.Access.AccessLogs;

namespace ComplianceHub.Domain.Tests.Access;

public sealed class AccessAnomalyDetectorTests
{
    private static readonly AccessDetectionOptions Options = AccessDetectionOptions.Default;

    private static readonly AccessContext Context = new(OwnOutlet, Staff.Roster(
        Staff.Member("S1", "A-LEFT") with { LeftOn = new DateOnly(2026, 11, 10), AccountClosedAt = China(2026, 11, 11, 9) },
        Staff.Member("S2", "A-WORKS")));

    private static IReadOnlyList<AccessDetection> Detect(IEnumerable<AccessLogRecord> records, AccessContext? context = null, AccessDetectionOptions? options = null) =>
        AccessAnomalyDetector.Detections(AccessAnomalyDetector.Summarize(records, context ?? Context, options ?? Options), options ?? Options);

    [Fact]
    public void A_departed_holders_account_querying_another_outlet_at_2am_shows_exactly_three_anomalies_with_counts()
    {
        var nights = Enumerable.Range(0, 5).Select(d => Query("A-LEFT", China(2026, 11, 15 + d, 2, 10), outlet: "NB777", count: 40)).ToList();

        var detections = Detect(nights);

        Assert.Equal(
            [AccessAnomalyKind.CrossOutlet, AccessAnomalyKind.UsedAfterDeparture, AccessAnomalyKind.NightQuery],
            detections.Select(d => d.Kind));
        Assert.All(detections, d =>
        {
            Assert.Equal("A-LEFT", d.Account);
            Assert.Equal((5L, 200L), (d.Records, d.Waybills));
            Assert.Equal(China(2026, 11, 15, 2, 10), d.From);
            Assert.Equal(China(2026, 11, 19, 2, 10), d.To);
        });
    }

    [Fact]
    public void Daytime_own_outlet_queries_by_a_working_account_show_nothing()
    {
        Assert.Empty(Detect([Query("A-WORKS", China(2026, 11, 15, 10)), Query("A-WORKS", China(2026, 11, 15, 11), count: 500)]));
    }

    [Theory]
    [InlineData(0, 0, true)]
    [InlineData(2, 30, true)]
    [InlineData(4, 59, true)]
    [InlineData(5, 0, false)]
    [InlineData(23, 59, false)]
    public void Night_is_00_00_to_05_00_china_time(int hour, int minute, bool night)
    {
        var detections = Detect([Query("A-WORKS", China(2026, 11, 15, hour, minute))]);

        Assert.Equal(night, detections.Any(d => d.Kind == AccessAnomalyKind.NightQuery));
    }

    [Fact]
    public void Night_is_judged_on_china_time_whatever_offset_the_log_used()
    {
        var utc = new DateTimeOffset(2026, 11, 14, 18, 30, 0, TimeSpan.Zero);

        Assert.Equal(AccessAnomalyKind.NightQuery, Assert.Single(Detect([Query("A-WORKS", utc)])).Kind);
    }

    [Fact]
    public void A_night_window_that_wraps_midnight_is_honoured()
    {
        var options = Options with { NightStarts = new TimeOnly(23, 0), NightEnds = new TimeOnly(5, 0) };

        Assert.Single(Detect([Query("A-WORKS", China(2026, 11, 15, 23, 30))], options: options));
        Assert.Empty(Detect([Query("A-WORKS", China(2026, 11, 15, 22, 59))], options: options));
    }

    [Fact]
    public void Printing_at_night_is_warehouse_work_not_a_night_query()
    {
        var print = new AccessLogRecord("A-WORKS", China(2026, 11, 15, 3), AccessAction.Print, OwnOutlet, 300);

        Assert.Empty(Detect([print]));
        Assert.Single(Detect([print], options: Options with { BulkAndNightActions = new HashSet<AccessAction> { AccessAction.Print } }));
    }

    [Fact]
    public void Bulk_is_more_than_the_threshold_in_one_china_clock_hour_across_batches()
    {
        var first = AccessAnomalyDetector.Summarize([Query("A-WORKS", China(2026, 11, 15, 10, 5), count: 300)], Context, Options, evidenceSeq: 7);
        var second = AccessAnomalyDetector.Summarize([Query("A-WORKS", China(2026, 11, 15, 10, 55), count: 201)], Context, Options, evidenceSeq: 9);
        var nextHour = AccessAnomalyDetector.Summarize([Query("A-WORKS", China(2026, 11, 15, 11, 0), count: 499)], Context, Options, evidenceSeq: 11);

        var detections = AccessAnomalyDetector.Detections(AccessAnomalyDetector.Merge(AccessAnomalyDetector.Merge(first, second, Options), nextHour, Options), Options);

        var bulk = Assert.Single(detections);
        Assert.Equal(AccessAnomalyKind.BulkQuery, bulk.Kind);
        Assert.Equal((1, 2L, 501L), (bulk.Hours, bulk.Records, bulk.Waybills));
        Assert.Equal((China(2026, 11, 15, 10), China(2026, 11, 15, 11)), (bulk.From, bulk.To));
        Assert.Equal([7L, 9L], bulk.EvidenceSeqs);
    }

    [Fact]
    public void Exactly_the_threshold_is_not_bulk_and_changing_the_threshold_rejudges_open_hours()
    {
        var summary = AccessAnomalyDetector.Summarize([Query("A-WORKS", China(2026, 11, 15, 10), count: 500)], Context, Options);

        Assert.Empty(AccessAnomalyDetector.Detections(summary, Options));
        Assert.Single(AccessAnomalyDetector.Detections(summary, Options with { BulkThresholdPerHour = 499 }));
    }

    [Fact]
    public void Cross_outlet_needs_an_own_outlet_code_and_ignores_letter_case()
    {
        Assert.Empty(Detect([Query("A-WORKS", China(2026, 11, 15, 10), outlet: "NB777")], Context with { OwnOutletCode = null }));
        Assert.Empty(Detect([Query("A-WORKS", China(2026, 11, 15, 10), outlet: "yw001")]));
    }

    [Fact]
    public void Old_hours_are_judged_and_dropped_so_the_summary_stays_compact()
    {
        var summary = AccessSummary.Empty;
        var start = China(2026, 10, 1, 8);
        for (var hour = 0; hour < 24 * 30; hour++)
        {
            var count = hour % 100 == 0 ? 900 : 10;
            summary = AccessAnomalyDetector.Add(summary, [Query("A-WORKS", start.AddHours(hour), count: count)], Context, Options, evidenceSeq: hour);
        }

        Assert.InRange(summary.OpenHours.Count, 1, 49);
        var bulk = Assert.Single(AccessAnomalyDetector.Detections(summary, Options), d => d.Kind == AccessAnomalyKind.BulkQuery);
        Assert.Equal(8, bulk.Hours);
        Assert.Equal([0L, 700L], bulk.EvidenceSeqs);
    }
}
