using ComplianceHub.Domain.Incidents;

namespace ComplianceHub.Grains.Compliance;

[GenerateSerializer, Immutable, Alias("chub.IncidentEntry")]
public sealed record IncidentEntry([property: Id(0)] Incident Incident, [property: Id(1)] long Seq);
