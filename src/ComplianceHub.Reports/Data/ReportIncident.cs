using ComplianceHub.Domain.Incidents;

namespace ComplianceHub.Reports.Data;

/// <summary>A security incident and when each party was told (null: not yet).</summary>
/// <param name="Status">Chinese status text as the incident clocks evaluate it, e.g. 已按时报告 / 超时未报.</param>
public sealed record ReportIncident(
    string IncidentId,
    IncidentKind Kind,
    IncidentGrade Grade,
    long RecordsAffected,
    DateTimeOffset DetectedAt,
    DateTimeOffset? ReportedToPostalAt,
    DateTimeOffset? ReportedToCacAt,
    DateTimeOffset? IndividualsNotifiedAt,
    string Status)
{
    public string KindChineseName => IncidentKinds.ChineseName(Kind);

    public string GradeChineseName => IncidentGrades.ChineseName(Grade);
}
