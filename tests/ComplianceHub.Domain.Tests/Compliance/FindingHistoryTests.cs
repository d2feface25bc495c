using ComplianceHub.Domain.Compliance;
using CsCheck;
using static ComplianceHub.Domain.Tests.Compliance.Findings;

namespace ComplianceHub.Domain.Tests.Compliance;

public sealed class FindingHistoryTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void New_findings_open_continuing_ones_keep_their_opening_and_missing_ones_clear()
    {
        var nda = Of("STAFF-NDA", FindingSeverity.Medium);
        var night = Of("ACCESS-NIGHT-QUERY", FindingSeverity.Medium, "A1");
        var first = FindingHistory.Merge([], [nda, night], T0);
        Assert.Equal(2, first.Opened.Count);

        var updatedNda = nda with { Count = 3, Summary = "3 staff" };
        var second = FindingHistory.Merge(first.Records, [updatedNda], T0.AddDays(1));

        Assert.Empty(second.Opened);
        var cleared = Assert.Single(second.Cleared);
        Assert.Equal((night.Key, T0, (DateTimeOffset?)T0.AddDays(1)), (cleared.Key, cleared.OpenedAt, cleared.ClearedAt));
        var open = Assert.Single(second.Records, r => r.IsOpen);
        Assert.Equal((T0, 3L), (open.OpenedAt, open.Finding.Count));
        Assert.Equal([nda.Key, night.Key], second.Records.Select(r => r.Key));
    }

    [Fact]
    public void A_finding_that_returns_reopens_with_its_earlier_period_kept()
    {
        var nda = Of("STAFF-NDA", FindingSeverity.Medium);
        var records = FindingHistory.Merge([], [nda], T0).Records;
        records = FindingHistory.Merge(records, [], T0.AddDays(1)).Records;

        var back = FindingHistory.Merge(records, [nda], T0.AddDays(5));

        var record = Assert.Single(back.Records);
        Assert.Same(record, Assert.Single(back.Opened));
        Assert.Equal(
            [new FindingPeriod(T0, T0.AddDays(1)), new FindingPeriod(T0.AddDays(5), null)],
            record.Periods);
        Assert.Equal(T0, record.OpenedAt);
    }

    [Fact]
    public void Cleared_records_stay_cleared_without_new_periods()
    {
        var records = FindingHistory.Merge([], [Of("STAFF-NDA", FindingSeverity.Medium)], T0).Records;
        records = FindingHistory.Merge(records, [], T0.AddDays(1)).Records;

        var again = FindingHistory.Merge(records, [], T0.AddDays(2));

        Assert.Empty(again.Cleared);
        Assert.Equal(T0.AddDays(1), Assert.Single(again.Records).ClearedAt);
    }

    [Fact]
    public void A_flapping_finding_keeps_its_first_and_latest_periods_only()
    {
        var nda = Of("STAFF-NDA", FindingSeverity.Medium);
        IReadOnlyList<FindingRecord> records = [];
        for (var day = 0; day < 60; day++)
        {
            records = FindingHistory.Merge(records, day % 2 == 0 ? [nda] : [], T0.AddDays(day)).Records;
        }

        var periods = Assert.Single(records).Periods;
        Assert.Equal(FindingHistory.MaxPeriods, periods.Count);
        Assert.Equal(T0, periods[0].OpenedAt);
        Assert.Equal(T0.AddDays(59), periods[^1].ClearedAt);
    }

    [Fact]
    public void Two_findings_with_one_key_are_a_rule_bug_and_rejected()
    {
        Assert.Throws<ArgumentException>(() => FindingHistory.Merge([], [Of("STAFF-NDA", FindingSeverity.Medium), Of("STAFF-NDA", FindingSeverity.High)], T0));
    }

    [Fact]
    public void Open_records_are_exactly_the_current_findings_and_no_key_is_ever_lost() =>
        Gen.Select(Some, Some).Sample((before, now) =>
        {
            var first = FindingHistory.Merge([], before, T0);
            var second = FindingHistory.Merge(first.Records, now, T0.AddHours(1));

            Assert.Equal(now.Select(f => f.Key).Order(StringComparer.Ordinal), second.Open.Select(f => f.Key).Order(StringComparer.Ordinal));
            Assert.Equal(
                before.Concat(now).Select(f => f.Key).Distinct().Order(StringComparer.Ordinal),
                second.Records.Select(r => r.Key).Order(StringComparer.Ordinal));
            Assert.Equal(before.Count(b => now.All(n => n.Key != b.Key)), second.Cleared.Count);
        });
}
