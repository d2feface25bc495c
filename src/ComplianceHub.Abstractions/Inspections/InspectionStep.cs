using ComplianceHub.Domain.Inspections;

namespace ComplianceHub.Abstractions.Inspections;

/// <summary>
/// One step of an inspection, reported to the enterprise: the evidence entry to append (kind, actor,
/// compact payload without personal data) and the inspection's summary after the step, for its ledger.
/// <see cref="InspectionSummary.LastStep"/> numbers the steps, which makes delivery idempotent.
/// </summary>
[GenerateSerializer, Immutable, Alias("chub.InspectionStep")]
public sealed record InspectionStep(
    [property: Id(0)] string EvidenceKind,
    [property: Id(1)] string Actor,
    [property: Id(2)] string PayloadJson,
    [property: Id(3)] InspectionSummary Summary);
