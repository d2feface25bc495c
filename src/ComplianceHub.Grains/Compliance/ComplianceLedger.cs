using ComplianceHub.Domain.Access;
using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.Incidents;
using ComplianceHub.Domain.People;

namespace ComplianceHub.Grains.Compliance;

/// <summary>
/// What an enterprise grain keeps beyond its profile and labels to judge it against the rulebook:
/// the roster in force, recent trainings, the compact access summary, incidents, and the history of
/// findings. Compact by design (no log lines, no names): its size grows with staff and accounts.
/// </summary>
[GenerateSerializer, Immutable, Alias("chub.ComplianceLedger")]
public sealed record ComplianceLedger
{
    /// <summary>Trainings older than this many are dropped from state (they stay in the evidence log).</summary>
    public const int MaxTrainings = 200;

    /// <summary>Replays answered from state: the last this many batch ids of each kind.</summary>
    public const int MaxRecentBatches = 64;

    public static ComplianceLedger Empty { get; } = new();

    [Id(0)] public StaffRoster Roster { get; init; } = StaffRoster.Empty;

    [Id(1)] public long? RosterSeq { get; init; }

    /// <summary>Oldest first, with the evidence seq of each.</summary>
    [Id(2)] public IReadOnlyList<TrainingEntry> Trainings { get; init; } = [];

    [Id(3)] public AccessSummary Access { get; init; } = AccessSummary.Empty;

    [Id(4)] public IReadOnlyList<IncidentEntry> Incidents { get; init; } = [];

    [Id(5)] public IReadOnlyList<FindingRecord> Findings { get; init; } = [];

    /// <summary>"kind:batchId" → the first result as JSON, newest last.</summary>
    [Id(6)] public IReadOnlyList<RecentBatch> RecentBatches { get; init; } = [];

    /// <summary>The evidence entry that last set the profile (scale duties cite it).</summary>
    [Id(7)] public long? ProfileSeq { get; init; }

    public RecentBatch? FindRecent(string kind, string batchId)
    {
        var key = RecentBatch.KeyOf(kind, batchId);
        return RecentBatches.FirstOrDefault(b => b.Key == key);
    }

    public ComplianceLedger Remember(string kind, string batchId, string resultJson, string contentDigest)
    {
        var prefix = kind + ":";
        var batches = RecentBatches.Append(new RecentBatch(RecentBatch.KeyOf(kind, batchId), resultJson, contentDigest)).ToList();
        if (batches.Count(b => b.Key.StartsWith(prefix, StringComparison.Ordinal)) > MaxRecentBatches)
        {
            batches.Remove(batches.First(b => b.Key.StartsWith(prefix, StringComparison.Ordinal)));
        }

        return this with { RecentBatches = batches };
    }

    public IncidentEntry? FindIncident(string incidentId) =>
        Incidents.FirstOrDefault(i => string.Equals(i.Incident.IncidentId, incidentId, StringComparison.Ordinal));
}
