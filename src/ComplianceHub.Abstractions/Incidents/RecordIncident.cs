using ComplianceHub.Domain.Incidents;

namespace ComplianceHub.Abstractions.Incidents;

/// <summary>
/// An incident as it now stands (a report, or a later update with the times it was reported, contained,
/// closed). <see cref="IsNew"/> distinguishes a first report from an update of one already known.
/// </summary>
[GenerateSerializer, Immutable, Alias("chub.RecordIncident")]
public sealed record RecordIncident(
    [property: Id(0)] Incident Incident,
    [property: Id(1)] bool IsNew,
    [property: Id(2)] string Actor);
