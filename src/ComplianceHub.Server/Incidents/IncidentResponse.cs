using ComplianceHub.Abstractions.Incidents;
using ComplianceHub.Domain.Incidents;

namespace ComplianceHub.Server.Incidents;

/// <summary>An incident as recorded, with wire names and Chinese names beside the codes.</summary>
public sealed record IncidentResponse(
    string IncidentId,
    string Kind,
    string KindName,
    string Grade,
    string GradeName,
    DateTimeOffset DetectedAt,
    long RecordsAffected,
    DateTimeOffset? ReportedToPostalAt,
    DateTimeOffset? ReportedToCacAt,
    DateTimeOffset? IndividualsNotifiedAt,
    DateTimeOffset? ContainedAt,
    DateTimeOffset? ClosedAt,
    long EvidenceSeq)
{
    public static IncidentResponse From(IncidentResult result)
    {
        var i = result.Incident;
        return new(
            i.IncidentId, IncidentKinds.ToWireName(i.Kind), IncidentKinds.ChineseName(i.Kind), IncidentGrades.ToWireName(i.Grade),
            IncidentGrades.ChineseName(i.Grade), i.DetectedAt, i.RecordsAffected, i.ReportedToPostalAt, i.ReportedToCacAt,
            i.IndividualsNotifiedAt, i.ContainedAt, i.ClosedAt, result.EvidenceSeq);
    }
}
