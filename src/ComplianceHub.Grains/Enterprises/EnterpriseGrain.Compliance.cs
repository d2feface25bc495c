using System.Text.Json;
using ComplianceHub.Abstractions.Access;
using ComplianceHub.Abstractions.Compliance;
using ComplianceHub.Abstractions.Enterprises;
using ComplianceHub.Abstractions.Incidents;
using ComplianceHub.Abstractions.People;
using ComplianceHub.Abstractions.Reports;
using ComplianceHub.Domain.Access;
using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.Compliance.Figures;
using ComplianceHub.Domain.Enterprises;
using ComplianceHub.Domain.Evidence;
using ComplianceHub.Domain.Incidents;
using ComplianceHub.Domain.People;
using ComplianceHub.Grains.Compliance;
using ComplianceHub.Grains.Evidence;
using ComplianceHub.Storage.Batches;

namespace ComplianceHub.Grains.Enterprises;

/// <summary>
/// The enterprise's people, accounts and incidents, and the findings the rulebook draws from them. Each
/// accepted change is one state write and one evidence entry, like every other change to the enterprise;
/// findings are re-evaluated on every commit and again on every read, so a clock that ran out shows at once.
/// </summary>
public sealed partial class EnterpriseGrain
{
    private ComplianceOptions Options => complianceOptions.Value;

    public async Task<RosterResult> ReplaceRoster(ReplaceRoster command)
    {
        var current = await RegisteredStateAsync();
        if (await ReplayAsync<RosterResult>(EvidenceKinds.StaffRosterReplaced, command.BatchId, command.ContentDigest) is { } earlier)
        {
            return earlier with { Replayed = true };
        }

        var changes = RosterDiff.Between(current.Compliance.Roster, command.Roster);
        var seq = NextSeq(current);
        var payload = RosterPayload.From(command.BatchId, command.Roster, changes);
        var entry = EvidenceChain.Next(current.Head, Id, clock.GetUtcNow(), EvidenceKinds.StaffRosterReplaced, command.Actor, EvidencePayload.Serialize(payload));
        var result = new RosterResult(
            command.BatchId, command.Roster.Staff.Count, changes.Joins.Count, changes.Departures.Count, changes.Returns.Count,
            changes.Removed.Count, changes.NdaChanges.Count, changes.AccountsClosed.Count, seq, Replayed: false);
        var ledger = current.Compliance with { Roster = command.Roster, RosterSeq = seq };
        await CommitAsync(current with { Head = entry, Compliance = Remember(ledger, EvidenceKinds.StaffRosterReplaced, command.BatchId, result, command.ContentDigest) });
        return result;
    }

    public Task<StaffRoster> GetRoster() => Task.FromResult(state.State.Compliance.Roster);

    public async Task<TrainingResult> RecordTraining(RecordTraining command)
    {
        var current = await RegisteredStateAsync();
        var session = command.Session;
        if (await ReplayAsync<TrainingResult>(EvidenceKinds.TrainingRecorded, session.BatchId, command.ContentDigest) is { } earlier)
        {
            return earlier with { Replayed = true };
        }

        var seq = NextSeq(current);
        var entry = EvidenceChain.Next(current.Head, Id, clock.GetUtcNow(), EvidenceKinds.TrainingRecorded, command.Actor, EvidencePayload.Serialize(session));
        var result = new TrainingResult(session.BatchId, session.HeldOn, session.StaffIds.Count, seq, Replayed: false);
        var trainings = current.Compliance.Trainings.Append(new TrainingEntry(session, seq))
            .OrderBy(t => t.Session.HeldOn)
            .TakeLast(ComplianceLedger.MaxTrainings)
            .ToList();
        var ledger = current.Compliance with { Trainings = trainings };
        await CommitAsync(current with { Head = entry, Compliance = Remember(ledger, EvidenceKinds.TrainingRecorded, session.BatchId, result, command.ContentDigest) });
        return result;
    }

    public async Task<AccessLogResult> RecordAccessLogs(RecordAccessLogs command)
    {
        var current = await RegisteredStateAsync();
        if (await ReplayAsync<AccessLogResult>(EvidenceKinds.AccessLogsAccepted, command.BatchId, command.ContentDigest) is { } earlier)
        {
            return earlier with { Replayed = true };
        }

        var seq = NextSeq(current);
        var detection = Options.Rulebook.Access;
        var context = new AccessContext(SnapshotBuilder.OutletCodeOf(Id), current.Compliance.Roster);
        var summary = AccessAnomalyDetector.Add(current.Compliance.Access, command.Records, context, detection, seq);
        var detections = AccessAnomalyDetector.Detections(summary, detection);
        var payload = AccessLogsPayload.Of(command.BatchId, command.Records, AccessAnomalyDetector.Detections(
            AccessAnomalyDetector.Summarize(command.Records, context, detection, seq), detection));
        var entry = EvidenceChain.Next(current.Head, Id, clock.GetUtcNow(), EvidenceKinds.AccessLogsAccepted, command.Actor, EvidencePayload.Serialize(payload));
        var result = new AccessLogResult(command.BatchId, command.Records.Count, detections.Count, seq, Replayed: false);
        var ledger = current.Compliance with { Access = summary };
        await CommitAsync(current with { Head = entry, Compliance = Remember(ledger, EvidenceKinds.AccessLogsAccepted, command.BatchId, result, command.ContentDigest) });
        return result;
    }

    public async Task<IncidentResult> RecordIncident(RecordIncident command)
    {
        var current = await RegisteredStateAsync();
        var incident = command.Incident;
        var known = current.Compliance.FindIncident(incident.IncidentId);
        if (known is not null && known.Incident == incident)
        {
            return new IncidentResult(known.Incident, known.Seq, Changed: false);
        }

        if (command.IsNew && known is not null)
        {
            throw new IncidentConflictException($"Incident {incident.IncidentId} is already recorded with other facts.");
        }

        if (!command.IsNew && known is null)
        {
            throw new IncidentNotFoundException($"Incident {incident.IncidentId} was never reported.");
        }

        var seq = NextSeq(current);
        var kind = known is null ? EvidenceKinds.IncidentReported : EvidenceKinds.IncidentUpdated;
        var entry = EvidenceChain.Next(current.Head, Id, clock.GetUtcNow(), kind, command.Actor, EvidencePayload.Serialize(IncidentPayload.From(incident)));
        var incidents = current.Compliance.Incidents
            .Where(i => !string.Equals(i.Incident.IncidentId, incident.IncidentId, StringComparison.Ordinal))
            .Append(new IncidentEntry(incident, seq))
            .OrderBy(i => i.Incident.DetectedAt)
            .ToList();
        await CommitAsync(current with { Head = entry, Compliance = current.Compliance with { Incidents = incidents } });
        return new IncidentResult(incident, seq, Changed: true);
    }

    public async Task<long> RecordReportIssued(RecordReportIssued command)
    {
        var current = await RegisteredStateAsync();
        var payload = new ReportIssuedPayload(command.ReportId, command.Kind, command.Sha256, command.Bytes, command.SnapshotSeq);
        var entry = EvidenceChain.Next(current.Head, Id, clock.GetUtcNow(), EvidenceKinds.ReportIssued, command.Actor, EvidencePayload.Serialize(payload));
        await CommitAsync(current with { Head = entry });
        return entry.Seq;
    }

    public async Task<EnterpriseReportSnapshot> GetReportSnapshot(int labelDays)
    {
        var current = await RegisteredStateAsync();
        var compliance = ComplianceNow();
        var today = Domain.Time.ChinaTime.DateOf(compliance.EvaluatedAt);
        return new EnterpriseReportSnapshot(
            View()!, compliance, current.Labels.Series(today.AddDays(1 - labelDays), today), current.Compliance.Roster,
            current.Compliance.Trainings.Select(t => t.Session).ToList(), current.Compliance.Incidents.Select(i => i.Incident).ToList());
    }

    public Task<Incident?> GetIncident(string incidentId) =>
        Task.FromResult(state.State.Compliance.FindIncident(incidentId)?.Incident);

    public async Task<ComplianceView> GetCompliance()
    {
        await PublishAsync();
        var view = ComplianceNow();

        // The refresh writes only the roll-up, so the view evaluated above still describes the state after it.
        await RefreshRollupAsync(view.Findings, view.EvaluatedAt);
        return view;
    }

    private ComplianceView ComplianceNow()
    {
        var now = clock.GetUtcNow();
        var snapshot = SnapshotBuilder.Build(Id, state.State, Options, now);
        var update = FindingHistory.Merge(state.State.Compliance.Findings, Rulebook.Evaluate(snapshot, Options.Rulebook), now);
        return new ComplianceView(
            update.Records, ComplianceScore.Compute(update.Open, Options.Rulebook.Score), now, StaffCoverage.Of(snapshot, Options.Rulebook));
    }

    /// <summary>The findings history as of <paramref name="now"/>, merged into the state about to be written.</summary>
    private EnterpriseState WithFindings(EnterpriseState next, DateTimeOffset now) =>
        next.Profile is null ? next : next with { Compliance = next.Compliance with { Findings = Evaluate(next, now).Records } };

    private FindingHistoryUpdate Evaluate(EnterpriseState s, DateTimeOffset now)
    {
        var snapshot = SnapshotBuilder.Build(Id, s, Options, now);
        return FindingHistory.Merge(s.Compliance.Findings, Rulebook.Evaluate(snapshot, Options.Rulebook), now);
    }

    private async Task<EnterpriseState> RegisteredStateAsync()
    {
        await PublishAsync();
        return state.State.Profile is null
            ? throw new EnterpriseNotRegisteredException($"Enterprise {Id} is not registered.")
            : state.State;
    }

    private static long NextSeq(EnterpriseState s) => (s.Head?.Seq ?? 0) + 1;

    /// <summary>The first result of a batch id already taken (recent ones from state, older ones from the index), or null.</summary>
    /// <exception cref="BatchConflictException">The id was taken by a batch with other content.</exception>
    private async Task<T?> ReplayAsync<T>(string kind, string batchId, string contentDigest)
        where T : class
    {
        var earlier = state.State.Compliance.FindRecent(kind, batchId) is { } recent
            ? new BatchRecord(recent.ResultJson, recent.ContentDigest)
            : await batchIndex.FindAsync(Id, kind, batchId);
        if (earlier is null)
        {
            return null;
        }

        BatchReplays.RequireSameContent(batchId, earlier.ContentDigest, contentDigest);
        return JsonSerializer.Deserialize<T>(earlier.ResultJson, JsonSerializerOptions.Web);
    }

    private static ComplianceLedger Remember<T>(ComplianceLedger ledger, string kind, string batchId, T result, string contentDigest) =>
        ledger.Remember(kind, batchId, JsonSerializer.Serialize(result, JsonSerializerOptions.Web), contentDigest);
}
