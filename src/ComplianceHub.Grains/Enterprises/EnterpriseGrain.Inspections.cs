using ComplianceHub.Abstractions.Inspections;
using ComplianceHub.Domain.Evidence;
using ComplianceHub.Domain.Inspections;

namespace ComplianceHub.Grains.Enterprises;

/// <summary>
/// The enterprise's side of its inspections: each step an inspection grain reports becomes one evidence
/// entry here and refreshes the inspection's summary in the ledger, in the same state write.
/// </summary>
public sealed partial class EnterpriseGrain
{
    public async Task<long> RecordInspectionStep(InspectionStep inspectionStep)
    {
        ArgumentNullException.ThrowIfNull(inspectionStep);
        var step = inspectionStep;
        var current = await RegisteredStateAsync();

        // The inspection grain re-sends its last step after a crash or failed call; one already in the
        // ledger was appended to the log with it, so it must not be appended twice.
        if (current.Inspections.HasSeen(step.Summary))
        {
            return 0;
        }

        var entry = EvidenceChain.Next(current.Head, Id, clock.GetUtcNow(), step.EvidenceKind, step.Actor, step.PayloadJson);
        await CommitAsync(current with { Head = entry, Inspections = current.Inspections.Apply(step.Summary) });
        return entry.Seq;
    }

    public Task<InspectionLedger> GetInspections() => Task.FromResult(state.State.Inspections);
}
