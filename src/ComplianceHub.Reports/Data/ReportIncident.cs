using ComplianceHub.Domain.Incidents;

namespace ComplianceHub.Reports.Data;

/// <summary>A security incident and when each party was told (null: not yet).</summary>
/// <param name="Grade">The enterprise's own grade.</param>
/// <param name="ReportedToCacAt">Reported under 国家网络安全事件报告管理办法 to the recipients of the enterprise's route.</param>
/// <param name="Status">Chinese status text as the incident clocks evaluate it, e.g. 已按时报告 / 超时未报.</param>
/// <param name="GuideGrade">The grade 网络安全事件分级指南 gives from the records affected, when they establish one.</param>
public sealed record ReportIncident(
    string IncidentId,
    IncidentKind Kind,
    IncidentGrade Grade,
    long RecordsAffected,
    DateTimeOffset DetectedAt,
    DateTimeOffset? ReportedToPostalAt,
    DateTimeOffset? ReportedToCacAt,
    DateTimeOffset? IndividualsNotifiedAt,
    string Status,
    IncidentGrade? GuideGrade = null)
{
    public string KindChineseName => IncidentKinds.ChineseName(Kind);

    /// <summary>The grade reporting follows: the declared one, or the guide's when higher.</summary>
    public IncidentGrade EffectiveGrade => GuideGrade is { } computed && computed > Grade ? computed : Grade;

    /// <summary>"较大", or "一般（按分级指南应为较大，定级偏低）" when the declared grade is below the guide's.</summary>
    public string GradeChineseName => EffectiveGrade == Grade
        ? IncidentGrades.ChineseName(Grade)
        : $"{IncidentGrades.ChineseName(Grade)}（按分级指南应为{IncidentGrades.ChineseName(EffectiveGrade)}，定级偏低）";
}
