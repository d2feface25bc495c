using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ComplianceHub.Abstractions.Enterprises;
using ComplianceHub.Abstractions.Labels;
using ComplianceHub.Domain.Enterprises;
using ComplianceHub.Domain.Evidence;
using ComplianceHub.Domain.Labels;
using ComplianceHub.Grains.Compliance;
using ComplianceHub.Grains.Evidence;
using ComplianceHub.Grains.Labels;
using ComplianceHub.Grains.Rollups;
using ComplianceHub.Storage.Batches;
using ComplianceHub.Storage.Directory;
using ComplianceHub.Storage.Evidence;
using ComplianceHub.Storage.Labels;
using ComplianceHub.Storage.Rollups;
using Microsoft.Extensions.Options;

namespace ComplianceHub.Grains.Enterprises;

public sealed partial class EnterpriseGrain(
    [PersistentState("enterprise")] IPersistentState<EnterpriseState> state,
    EvidenceLogStore evidence,
    EnterpriseDirectory directory,
    BatchIndex batchIndex,
    ViolatingSampleArchive sampleArchive,
    RollupMemberStore rollupMembers,
    EvidenceTreeStore trees,
    TreeHeadKeys keys,
    ITreeHeadTimestamper timestamper,
    IOptions<ComplianceOptions> complianceOptions,
    IOptions<EvidenceOptions> evidenceOptions,
    TimeProvider clock) : Grain, IEnterpriseGrain
{
    // False between a state write and the moment its evidence entry and side indexes are stored.
    private bool _published = true;

    // The roll-up version the division and brand leaves are known to hold; below state.Rollup.Version means a push is due.
    private long _rollupPushed;

    private string Id => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // A previous activation may have stored state and died before publishing it: finish the job
        // now, before anyone reads state the evidence log does not yet prove.
        if (state.State.Head is { } head && await evidence.GetAsync(Id, head.Seq, cancellationToken) is null)
        {
            _published = false;
            await PublishAsync();
        }
        else if (!state.State.Rollup.RefreshedByRead)
        {
            // The head entry is in the log, so the publish that pushed this version completed.
            _rollupPushed = state.State.Rollup.Version;
        }

        await PushRollupAsync();
        await EnsureTreeAsync();
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // A coalesced head still due is signed before the activation goes, so no entry waits for the next one.
        if (state.State.Tree.HeadPending && reason.ReasonCode != DeactivationReasonCode.ActivationFailed)
        {
            try
            {
                await SignPendingHeadAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // The next activation signs it (EnsureTreeAsync schedules any pending head).
            }
        }
    }

    public async Task<RegistrationResult> Register(RegisterEnterprise command)
    {
        await PublishAsync();
        var current = state.State;
        if (current.Profile == command.Profile)
        {
            return new RegistrationResult(View()!, Created: false, Changed: false);
        }

        var now = clock.GetUtcNow();
        var created = current.Profile is null;
        var previousDivision = current.Profile?.Division;
        var moved = previousDivision is not null && previousDivision != command.Profile.Division;
        var payload = new ProfileChangedPayload(
            command.Profile.Name,
            EnterpriseKinds.ToWireName(command.Profile.Kind),
            command.Profile.Division,
            command.Profile.BrandId,
            moved ? previousDivision : null,
            command.Profile.IndividualsProcessed,
            command.Profile.ProtectionOfficerFiledOn,
            command.Profile.LastComplianceAuditOn,
            command.Profile.CriticalInfrastructure);
        var entry = EvidenceChain.Next(
            current.Head, Id, now, created ? EvidenceKinds.EnterpriseRegistered : EvidenceKinds.EnterpriseUpdated,
            command.Actor, EvidencePayload.Serialize(payload));

        await CommitAsync(current with
        {
            Profile = command.Profile,
            RegisteredAt = created ? now : current.RegisteredAt,
            UpdatedAt = now,
            Head = entry,
            VacatedDivision = moved ? previousDivision : current.VacatedDivision,
            Compliance = current.Compliance with { ProfileSeq = entry.Seq },
        });
        return new RegistrationResult(View()!, created, Changed: true);
    }

    public Task<EnterpriseView?> GetView() => Task.FromResult(View());

    public async Task<LabelBatchResult> RecordLabelBatch(LabelBatch batch)
    {
        await PublishAsync();
        var current = state.State;
        if (current.Profile is null)
        {
            throw new EnterpriseNotRegisteredException($"Enterprise {Id} is not registered.");
        }

        if (await FindLabelBatch(batch.BatchId, batch.ContentDigest) is { } earlier)
        {
            return earlier;
        }

        if (current.Labels.PrintedOn(batch.Date) + batch.Printed > LabelVolume.MaxPrintedPerDay)
        {
            throw new LabelDayLimitException(
                $"{batch.Date:yyyy-MM-dd} 当日打印量合计将超过 {LabelVolume.MaxPrintedPerDay:N0} 件 (the day's printed total would exceed {LabelVolume.MaxPrintedPerDay:N0} waybills).");
        }

        // The archive goes first: a crash after it leaves a blob a retry overwrites identically,
        // never state that points at a missing archive.
        string? archiveDigest = null;
        if (batch.ViolatingSamples.Count > 0)
        {
            var lines = batch.ViolatingSamples.Select(ViolatingSampleLine.ToJson).ToList();
            await sampleArchive.WriteAsync(Id, batch.BatchId, lines);
            archiveDigest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => l + "\n")))));
        }

        var payload = new LabelBatchPayload(
            batch.BatchId, batch.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), batch.Printed, batch.DeclaredMasked,
            batch.SamplesChecked, batch.CompliantSamples, batch.Violations.NameVisible, batch.Violations.PhoneUnderMasked,
            batch.Violations.AddressRoomVisible, batch.IsFalseDeclaration, archiveDigest);
        var entry = EvidenceChain.Next(current.Head, Id, clock.GetUtcNow(), EvidenceKinds.LabelBatchAccepted, batch.Actor, EvidencePayload.Serialize(payload));
        var result = new LabelBatchResult(
            batch.BatchId, batch.Date, batch.Printed, batch.DeclaredMasked, batch.SamplesChecked, batch.CompliantSamples,
            batch.Violations, batch.IsFalseDeclaration, entry.Seq, Replayed: false, batch.ContentDigest);

        await CommitAsync(current with { Head = entry, Labels = current.Labels.Apply(batch, result) });
        return result;
    }

    public Task<IReadOnlyList<DailyLabelStats>> GetLabelSeries(DateOnly first, DateOnly last) =>
        Task.FromResult(state.State.Labels.Series(first, last));

    public async Task<LabelBatchResult?> FindLabelBatch(string batchId, string contentDigest)
    {
        await PublishAsync();
        var earlier = state.State.Labels.FindRecent(batchId)
            ?? (await batchIndex.FindAsync(Id, EvidenceKinds.LabelBatchAccepted, batchId) is { } stored ? LabelBatchResultJson.Parse(stored.ResultJson) : null);
        if (earlier is null)
        {
            return null;
        }

        BatchReplays.RequireSameContent(batchId, earlier.ContentDigest, contentDigest);
        return earlier with { Replayed = true };
    }

    private EnterpriseView? View()
    {
        var s = state.State;
        return s.Profile is null || s.Head is null
            ? null
            : new EnterpriseView(Id, s.Profile, s.RegisteredAt, s.UpdatedAt, s.Head.Seq, s.Head.Hash);
    }

    /// <summary>
    /// Acknowledged means durable: the new state (carrying its evidence entry) is written, then the
    /// entry and the indexes it feeds; only then does the caller hear success.
    /// </summary>
    private async Task CommitAsync(EnterpriseState next)
    {
        var now = clock.GetUtcNow();
        var withTree = await WithTreeAsync(next, now);
        var committed = WithWake(WithRollup(WithFindings(withTree, now), now, byRead: false), now);
        await ScheduleWakeAsync(state.State.WakeAt, committed.WakeAt, now);
        await state.WriteOrReloadAsync(committed, this);
        _published = false;
        await PublishAsync();
        ScheduleHead();
    }

    private async Task PublishAsync()
    {
        if (_published || state.State is not { Profile: { } profile, Head: { } head } current)
        {
            // A summary refreshed by a read whose push failed is retried here, before the next change.
            await PushRollupAsync();
            return;
        }

        // Indexes first, evidence last: the head entry being in the log is what marks the whole
        // publish as done when the grain next activates.
        switch (head.Kind)
        {
            case EvidenceKinds.EnterpriseRegistered or EvidenceKinds.EnterpriseUpdated:
                await directory.UpsertAsync(new DirectoryEntry(
                    Id, profile.Division, profile.Name, EnterpriseKinds.ToWireName(profile.Kind), profile.BrandId, current.UpdatedAt));
                if (current.VacatedDivision is { } vacated && vacated != profile.Division)
                {
                    await directory.RemoveAsync(vacated, Id);
                }

                break;
            case EvidenceKinds.LabelBatchAccepted when current.Labels.Recent is [.., var newest]:
                await batchIndex.PutAsync(Id, head.Kind, newest.BatchId, new BatchRecord(LabelBatchResultJson.Serialize(newest), newest.ContentDigest));
                break;
            case EvidenceKinds.StaffRosterReplaced or EvidenceKinds.TrainingRecorded or EvidenceKinds.AccessLogsAccepted
                when current.Compliance.RecentBatches is [.., var latest]:
                await batchIndex.PutAsync(Id, head.Kind, latest.BatchIdOf(head.Kind), new BatchRecord(latest.ResultJson, latest.ContentDigest));
                break;
        }

        await PushRollupAsync();
        await evidence.AppendAsync(head, TreeUpdateFor(current));
        _published = true;
    }
}
