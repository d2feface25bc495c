using ComplianceHub.Domain.Incidents;
using static ComplianceHub.Domain.Compliance.Rules.RuleText;

namespace ComplianceHub.Domain.Compliance.Rules;

/// <summary>
/// L7, the grading: an incident the enterprise graded below what 网络安全事件分级指南 gives for the personal
/// information it leaked (定级偏低). One finding per incident, as long as the declared grade stays lower.
/// </summary>
public sealed class IncidentGradeRule : IRuleCheck
{
    public IEnumerable<Finding> Evaluate(EnterpriseSnapshot snapshot, RulebookOptions options)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(options);
        var rule = ComplianceRules.IncidentGradeUnderstated;
        foreach (var incident in snapshot.Incidents)
        {
            if (IncidentGrading.FromRecords(incident.RecordsAffected, options.Incidents) is not { } computed || computed <= incident.Grade)
            {
                continue;
            }

            var declared = IncidentGrades.ChineseName(incident.Grade);
            var should = IncidentGrades.ChineseName(computed);
            yield return new Finding(
                rule.Id,
                incident.IncidentId,
                string.Empty,
                rule.Severity,
                Invariant($"事件 {incident.IncidentId} 涉及 {incident.RecordsAffected:N0} 条个人信息记录，按《网络安全事件分级指南》应不低于{should}，企业定为{declared} ")
                    + Invariant($"(incident {incident.IncidentId} affects {incident.RecordsAffected:N0} personal-information records: at least {IncidentGrades.ToWireName(computed)} under the grading guide, declared {IncidentGrades.ToWireName(incident.Grade)})"),
                snapshot.Evidence.Incidents.TryGetValue(incident.IncidentId, out var seq) ? [seq] : [],
                incident.DetectedAt,
                null,
                incident.RecordsAffected);
        }
    }
}
