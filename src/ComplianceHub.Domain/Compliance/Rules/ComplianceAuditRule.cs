using ComplianceHub.Domain.Compliance.Figures;
using ComplianceHub.Domain.Time;
using static ComplianceHub.Domain.Compliance.Rules.RuleText;

namespace ComplianceHub.Domain.Compliance.Rules;

/// <summary>L9: a processor of more than the threshold (10,000,000) of individuals is audited at least every 2 years.</summary>
public sealed class ComplianceAuditRule : IRuleCheck
{
    /// <summary>The day after the next audit falls due, for a processor above the threshold.</summary>
    public DateTimeOffset? NextChange(EnterpriseSnapshot snapshot, RulebookOptions options)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(options);
        return ComplianceAuditSchedule.Applies(snapshot.Scale, options) && ComplianceAuditSchedule.DueBy(snapshot.Scale, options) is { } due
            ? NextChanges.Earliest(snapshot.Now, [ChinaTime.EndOf(due)])
            : null;
    }

    public IEnumerable<Finding> Evaluate(EnterpriseSnapshot snapshot, RulebookOptions options)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(options);
        var scale = snapshot.Scale;
        if (!ComplianceAuditSchedule.IsOverdue(scale, snapshot.Now, options))
        {
            yield break;
        }

        var months = options.ComplianceAuditIntervalMonths;
        var dueBy = ComplianceAuditSchedule.DueBy(scale, options);

        var rule = ComplianceRules.ScaleComplianceAudit;
        var last = scale.LastComplianceAuditOn is { } on ? Day(on) : "无 (none)";
        yield return new Finding(
            rule.Id,
            null,
            string.Empty,
            rule.Severity,
            Invariant($"处理 {scale.IndividualsProcessed:N0} 人的个人信息（超过 {options.ComplianceAuditThreshold:N0} 人），{months} 个月内未开展合规审计，上次审计：{last} ")
                + Invariant($"(processes {scale.IndividualsProcessed:N0} individuals, over {options.ComplianceAuditThreshold:N0}, with no compliance audit in {months} months; last audit: {last})"),
            Seqs([snapshot.Evidence.Profile]),
            dueBy is { } d ? ChinaTime.EndOf(d) : null,
            null,
            scale.IndividualsProcessed);
    }
}
