using System.Text.Json;
using ComplianceHub.Domain.Access;
using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.People;
using static ComplianceHub.Domain.Tests.Compliance.Snapshots;

namespace ComplianceHub.Domain.Tests.Compliance;

/// <summary>
/// Domain records cross grain calls and live in grain state as System.Text.Json with web defaults
/// (Abstractions' DomainSerialization); these must come back equal, computed properties notwithstanding.
/// </summary>
public sealed class JsonRoundTripTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private static void AssertRoundTrips<T>(T value)
    {
        var json = JsonSerializer.Serialize(value, Web);
        var back = JsonSerializer.Deserialize<T>(json, Web);
        Assert.Equal(json, JsonSerializer.Serialize(back, Web));
    }

    [Fact]
    public void The_snapshot_and_everything_in_it_round_trip()
    {
        AssertRoundTrips(Everything.Violated());
    }

    [Fact]
    public void Access_summary_round_trips_and_still_merges()
    {
        var summary = Everything.Violated().Access;
        var back = JsonSerializer.Deserialize<AccessSummary>(JsonSerializer.Serialize(summary, Web), Web)!;

        Assert.Equal(
            AccessAnomalyDetector.Detections(summary, AccessDetectionOptions.Default).Select(d => (d.Kind, d.Account, d.Waybills)),
            AccessAnomalyDetector.Detections(back, AccessDetectionOptions.Default).Select(d => (d.Kind, d.Account, d.Waybills)));
    }

    [Fact]
    public void Finding_history_and_roster_changes_round_trip()
    {
        var findings = Rulebook.Evaluate(Everything.Violated());
        var history = FindingHistory.Merge(FindingHistory.Merge([], findings, Now).Records, findings.Skip(2).ToList(), Now.AddHours(1));

        AssertRoundTrips(history);
        AssertRoundTrips(ComplianceScore.Compute(findings));
        AssertRoundTrips(RosterDiff.Between(StaffRoster.Empty, Everything.Violated().Roster));
        var records = JsonSerializer.Deserialize<FindingHistoryUpdate>(JsonSerializer.Serialize(history, Web), Web)!.Records;
        Assert.Equal(history.Records.Select(r => (r.Key, r.IsOpen, r.OpenedAt, r.ClearedAt)), records.Select(r => (r.Key, r.IsOpen, r.OpenedAt, r.ClearedAt)));
    }
}
