using ComplianceHub.Domain.Incidents;

namespace ComplianceHub.Abstractions.Incidents;

/// <summary>The incident as recorded. <see cref="Changed"/> is false when it was already recorded exactly so.</summary>
[GenerateSerializer, Immutable, Alias("chub.IncidentResult")]
public sealed record IncidentResult(
    [property: Id(0)] Incident Incident,
    [property: Id(1)] long EvidenceSeq,
    [property: Id(2)] bool Changed);
