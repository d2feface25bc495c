using ComplianceHub.Domain.Incidents;

namespace ComplianceHub.Grains.Compliance;

/// <summary>The evidence payload of an incident report or update: the incident as it then stood, with wire names.</summary>
public sealed record IncidentPayload(
    string IncidentId,
    string Kind,
    string Grade,
    DateTimeOffset DetectedAt,
    long RecordsAffected,
    DateTimeOffset? ReportedToPostalAt,
    DateTimeOffset? ReportedToCacAt,
    DateTimeOffset? IndividualsNotifiedAt,
    DateTimeOffset? ContainedAt,
    DateTimeOffset? ClosedAt)
{
    public static IncidentPayload From(Incident i) => new(
        i.IncidentId, IncidentKinds.ToWireName(i.Kind), IncidentGrades.ToWireName(i.Grade), i.DetectedAt, i.RecordsAffected,
        i.ReportedToPostalAt, i.ReportedToCacAt, i.IndividualsNotifiedAt, i.ContainedAt, i.ClosedAt);
}
