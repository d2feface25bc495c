using ComplianceHub.Abstractions.Inspections;
using ComplianceHub.Domain.Inspections;

namespace ComplianceHub.Grains.Inspections;

/// <summary>
/// What an inspection grain persists: the inspection, and the last step it reported to the enterprise.
/// The step is written with the inspection, so a crash before the enterprise heard of it is repaired by
/// re-sending it (the enterprise ignores a step it has already applied).
/// </summary>
[GenerateSerializer, Immutable, Alias("chub.InspectionState")]
public sealed record InspectionState
{
    [Id(0)] public Inspection? Inspection { get; init; }

    [Id(1)] public InspectionStep? LastStep { get; init; }
}
