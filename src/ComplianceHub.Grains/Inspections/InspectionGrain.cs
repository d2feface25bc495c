using System.Globalization;
using ComplianceHub.Abstractions.Enterprises;
using ComplianceHub.Abstractions.Inspections;
using ComplianceHub.Domain.Evidence;
using ComplianceHub.Domain.Inspections;
using ComplianceHub.Domain.Time;
using ComplianceHub.Grains.Evidence;

namespace ComplianceHub.Grains.Inspections;

/// <summary>
/// One inspection. Each accepted change is one write of the inspection's state carrying the step to report,
/// then one call to the enterprise, which appends the step's evidence entry and updates its ledger.
/// Delivery is at least once and applied once: the step stays in state; if the call fails or the silo dies
/// before it, the step is re-sent on the next call or activation, and the enterprise ignores a step number
/// it has already applied. Order statuses are never stored: reads compute them against the clock.
/// </summary>
public sealed class InspectionGrain(
    [PersistentState("inspection")] IPersistentState<InspectionState> state,
    IGrainFactory grains,
    TimeProvider clock) : Grain, IInspectionGrain
{
    // False while the last step written to state may not have reached the enterprise.
    private bool _delivered = true;

    private string Id => this.GetPrimaryKey().ToString("D");

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.LastStep is not null)
        {
            _delivered = false;
            try
            {
                await DeliverAsync();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The enterprise is unreachable now; the next call retries before it changes anything.
            }
        }
    }

    public async Task<InspectionView> Open(OpenInspection command)
    {
        ArgumentNullException.ThrowIfNull(command);
        await DeliverAsync();
        if (state.State.Inspection is { } existing)
        {
            return existing.EnterpriseId == command.EnterpriseId && existing.Authority == command.Authority && existing.Kind == command.Kind
                   && existing.PlannedOn == command.PlannedOn && existing.FollowUpOf == command.FollowUpOf
                ? ViewOf(existing, replayed: true)
                : throw new InspectionConflictException($"检查 {Id} 已以不同内容开立 (inspection {Id} was already opened with other facts).");
        }

        if (command.FollowUpOf is { } originalId)
        {
            await CheckFollowUpTargetAsync(command, originalId);
        }

        // One consistent read of the enterprise: its findings and score at the evidence head the inspection starts from.
        var snapshot = await grains.GetGrain<IEnterpriseGrain>(command.EnterpriseId).GetReportSnapshot(1);
        var now = clock.GetUtcNow();
        var baseline = new InspectionBaseline(
            snapshot.Compliance.Score.Score, snapshot.Compliance.Score.Risk, [.. snapshot.Compliance.Findings.Where(f => f.IsOpen)],
            snapshot.Enterprise.EvidenceSeq, snapshot.Enterprise.EvidenceHead, now);
        var inspection = new Inspection(
            Id, command.EnterpriseId, command.Authority, command.Kind, command.PlannedOn, command.FollowUpOf, command.Actor, now,
            InspectionChecklist.For(command.Authority).Version, baseline, InspectionStatus.Planned, PerformedOn: null, [], [], [],
            ClosedBy: null, ClosedAt: null, Steps: 1, Division: snapshot.Enterprise.Profile.Division);
        var payload = new InspectionPayloads.Opened(
            Id, InspectionAuthorities.ToWireName(command.Authority), InspectionKinds.ToWireName(command.Kind), Date(command.PlannedOn),
            command.FollowUpOf, baseline.EvidenceSeq, baseline.Score);
        return await CommitAsync(inspection, EvidenceKinds.InspectionOpened, command.Actor, payload);
    }

    public Task<InspectionView?> GetView() =>
        Task.FromResult(state.State.Inspection is { } inspection ? ViewOf(inspection) : null);

    public async Task<InspectionView> AnswerChecklist(AnswerChecklist command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var current = await WritableAsync();
        var checklist = InspectionChecklist.For(current.Authority);
        var unknown = command.Answers.Where(a => checklist.Find(a.ItemId) is null).Select(a => a.ItemId).ToList();
        if (unknown.Count > 0 || command.Answers.Count == 0)
        {
            throw new InspectionInvalidException($"检查表无此项 (unknown checklist items): {string.Join(", ", unknown)}");
        }

        // Re-sending answers the inspection already holds (a retried PUT) records nothing.
        var known = current.Answers.ToDictionary(a => a.ItemId, StringComparer.Ordinal);
        var changed = command.Answers
            .Where(a => !known.TryGetValue(a.ItemId, out var k) || k.Answer != a.Answer || k.Note != a.Note)
            .ToList();
        if (changed.Count == 0)
        {
            return ViewOf(current, replayed: true);
        }

        var now = clock.GetUtcNow();
        var entries = changed.Select(a => new ChecklistEntry(a.ItemId, a.Answer, a.Note, command.Actor, now)).ToList();
        var next = current.NextStep(ChinaTime.DateOf(now), inspectorWork: true) with { Answers = current.MergeAnswers(entries, checklist) };
        var payload = new InspectionPayloads.ChecklistAnswered(
            Id, checklist.Version,
            [.. entries.Select(e => new InspectionPayloads.AnswerLine(e.ItemId, ChecklistAnswers.ToWireName(e.Answer), e.Note is null ? null : InspectionPayloads.Sha256(e.Note)))]);
        return await CommitAsync(next, EvidenceKinds.InspectionChecklistAnswered, command.Actor, payload);
    }

    public async Task<InspectionView> RecordFinding(RecordInspectorFinding command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var current = await WritableAsync();
        if (current.FindFinding(command.FindingId) is { } earlier)
        {
            return earlier.Text == command.Text && earlier.RuleIds.SequenceEqual(command.RuleIds) && earlier.ChecklistItemId == command.ChecklistItemId
                ? ViewOf(current, replayed: true)
                : throw new InspectionConflictException($"发现 {command.FindingId} 已记录且内容不同 (finding {command.FindingId} already recorded with other content).");
        }

        if (command.ChecklistItemId is { } itemId && InspectionChecklist.For(current.Authority).Find(itemId) is null)
        {
            throw new InspectionInvalidException($"检查表无此项 (unknown checklist item): {itemId}");
        }

        var now = clock.GetUtcNow();
        var finding = new InspectorFinding(command.FindingId, command.Text, command.RuleIds, command.ChecklistItemId, command.Actor, now);
        var next = current.NextStep(ChinaTime.DateOf(now), inspectorWork: true) with { Findings = [.. current.Findings, finding] };
        var payload = new InspectionPayloads.FindingRecorded(Id, finding.FindingId, finding.RuleIds, finding.ChecklistItemId, InspectionPayloads.Sha256(finding.Text));
        return await CommitAsync(next, EvidenceKinds.InspectionFindingRecorded, command.Actor, payload);
    }

    public async Task<InspectionView> IssueOrder(IssueOrder command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var current = await WritableAsync();
        var now = clock.GetUtcNow();
        var order = new OrderRecord(command.OrderId, command.Requirement, command.LegalBasis, command.Deadline, command.Actor, now);
        // The API refuses a deadline that is not after today; the grain records the order as told, so an
        // inspection done on paper before the hub (or the demo's history) can be entered with its real dates.
        if (current.FindOrder(command.OrderId) is { } earlier)
        {
            return earlier.SameIssue(order)
                ? ViewOf(current, replayed: true)
                : throw new InspectionConflictException($"整改通知 {command.OrderId} 已下达且内容不同 (order {command.OrderId} already issued with other content).");
        }

        var next = current.NextStep(ChinaTime.DateOf(now), inspectorWork: true) with { Orders = [.. current.Orders, order] };
        var payload = new InspectionPayloads.OrderIssued(Id, order.OrderId, Date(order.Deadline), order.LegalBasis, InspectionPayloads.Sha256(order.Requirement));
        return await CommitAsync(next, EvidenceKinds.InspectionOrderIssued, command.Actor, payload);
    }

    public async Task<InspectionView> SubmitRectification(SubmitRectification command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var current = await WritableAsync();
        var order = FindOrder(current, command.OrderId);
        if (order.IsVerified)
        {
            throw new InspectionConflictException($"整改通知 {command.OrderId} 已复查通过 (order {command.OrderId} is already verified).");
        }

        if (order.Submission is { } earlier && earlier.Description == command.Description && earlier.DocumentSha256 == command.DocumentSha256)
        {
            return ViewOf(current, replayed: true);
        }

        var now = clock.GetUtcNow();
        var submitted = order with { Submission = new RectificationSubmission(command.Description, command.DocumentSha256, command.Actor, now) };
        var next = current.NextStep(ChinaTime.DateOf(now), inspectorWork: false) with { Orders = current.Replace(submitted) };
        var payload = new InspectionPayloads.OrderSubmitted(Id, order.OrderId, InspectionPayloads.Sha256(command.Description), command.DocumentSha256);
        return await CommitAsync(next, EvidenceKinds.InspectionOrderSubmitted, command.Actor, payload);
    }

    public async Task<InspectionView> VerifyOrder(VerifyOrder command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var current = await WritableAsync();
        var order = FindOrder(current, command.OrderId);
        if (order.Verification is { } earlier)
        {
            return earlier.FollowUpInspectionId == command.FollowUpInspectionId
                ? ViewOf(current, replayed: true)
                : throw new InspectionConflictException($"整改通知 {command.OrderId} 已在复查 {earlier.FollowUpInspectionId} 中通过 (already verified in another follow-up).");
        }

        await CheckFollowUpAsync(current, command.FollowUpInspectionId);
        var now = clock.GetUtcNow();
        var verified = order with { Verification = new OrderVerification(command.FollowUpInspectionId, command.Note, command.Actor, now) };
        var next = current.NextStep(ChinaTime.DateOf(now), inspectorWork: false) with { Orders = current.Replace(verified) };
        var payload = new InspectionPayloads.OrderVerified(
            Id, order.OrderId, command.FollowUpInspectionId, command.Note is null ? null : InspectionPayloads.Sha256(command.Note));
        return await CommitAsync(next, EvidenceKinds.InspectionOrderVerified, command.Actor, payload);
    }

    public async Task<InspectionView> Close(string actor)
    {
        await DeliverAsync();
        var current = state.State.Inspection ?? throw NotFound();
        if (current.IsClosed)
        {
            return ViewOf(current, replayed: true);
        }

        var now = clock.GetUtcNow();
        var next = current.NextStep(ChinaTime.DateOf(now), inspectorWork: false) with
        {
            Status = InspectionStatus.Closed,
            ClosedBy = actor,
            ClosedAt = now,
        };
        var payload = new InspectionPayloads.Closed(Id, next.Answers.Count, next.Findings.Count, next.Orders.Count, next.Orders.Count(o => !o.IsVerified));
        return await CommitAsync(next, EvidenceKinds.InspectionClosed, actor, payload);
    }

    private async Task<Inspection> WritableAsync()
    {
        await DeliverAsync();
        var current = state.State.Inspection ?? throw NotFound();
        return current.IsClosed
            ? throw new InspectionClosedException($"检查 {Id} 已结案，不可再更改 (inspection {Id} is closed and frozen; nothing may change it).")
            : current;
    }

    private static OrderRecord FindOrder(Inspection inspection, string orderId) =>
        inspection.FindOrder(orderId) ?? throw new InspectionNotFoundException($"无此整改通知 {orderId} (no order {orderId} in this inspection).");

    private InspectionNotFoundException NotFound() => new($"无此检查 {Id} (no inspection {Id}).");

    /// <summary>A follow-up must follow up an inspection of the same enterprise by the same authority.</summary>
    private async Task CheckFollowUpTargetAsync(OpenInspection command, string originalId)
    {
        var original = Guid.TryParse(originalId, out var key) ? await grains.GetGrain<IInspectionGrain>(key).GetView() : null;
        if (command.Kind != InspectionKind.FollowUp || original is null
            || original.Inspection.EnterpriseId != command.EnterpriseId || original.Inspection.Authority != command.Authority)
        {
            throw new InspectionConflictException(
                $"复查须针对同一企业、同一部门的原检查 (a follow-up must name an inspection of the same enterprise by the same authority): {originalId}");
        }
    }

    /// <summary>An order is verified from an open follow-up of this very inspection.</summary>
    private async Task CheckFollowUpAsync(Inspection current, string followUpId)
    {
        var followUp = Guid.TryParse(followUpId, out var key) ? await grains.GetGrain<IInspectionGrain>(key).GetView() : null;
        if (followUp?.Inspection is not { Kind: InspectionKind.FollowUp } f || f.FollowUpOf != current.InspectionId)
        {
            throw new InspectionConflictException($"{followUpId} 不是本检查的整改复查 (is not a follow-up inspection of {current.InspectionId}).");
        }

        if (f.IsClosed)
        {
            throw new InspectionConflictException($"复查 {followUpId} 已结案 (follow-up {followUpId} is closed).");
        }
    }

    private async Task<InspectionView> CommitAsync<T>(Inspection next, string evidenceKind, string actor, T payload)
    {
        var step = new InspectionStep(evidenceKind, actor, EvidencePayload.Serialize(payload), InspectionSummary.Of(next));
        await state.WriteOrReloadAsync(new InspectionState { Inspection = next, LastStep = step }, this);
        _delivered = false;
        await DeliverAsync();
        return ViewOf(next);
    }

    /// <summary>Reports the last step to the enterprise unless this activation already did.</summary>
    private async Task DeliverAsync()
    {
        if (_delivered || state.State is not { Inspection: { } inspection, LastStep: { } step })
        {
            return;
        }

        await grains.GetGrain<IEnterpriseGrain>(inspection.EnterpriseId).RecordInspectionStep(step);
        _delivered = true;
    }

    private InspectionView ViewOf(Inspection inspection, bool replayed = false) => new(inspection, clock.GetUtcNow(), replayed);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
