using ComplianceHub.Domain.Compliance.Figures;
using ComplianceHub.Domain.People;
using static ComplianceHub.Domain.Compliance.Rules.RuleText;

namespace ComplianceHub.Domain.Compliance.Rules;

/// <summary>
/// L3: everyone who handles personal information attended a training within the window (12 months by
/// default); new joiners get a grace period for their first one.
/// </summary>
public sealed class StaffTrainingRule : IRuleCheck
{
    /// <summary>When the first person trained now (or still inside the new-joiner grace) falls due.</summary>
    public DateTimeOffset? NextChange(EnterpriseSnapshot snapshot, RulebookOptions options)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(options);
        return NextChanges.Earliest(snapshot.Now, StaffDuties.Training(snapshot.Roster, snapshot.Trainings, snapshot.Now, options)
            .Where(t => t.Standing != TrainingStanding.Overdue)
            .Select(t => t.DueAt));
    }

    public IEnumerable<Finding> Evaluate(EnterpriseSnapshot snapshot, RulebookOptions options)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(options);
        var overdue = StaffDuties.Training(snapshot.Roster, snapshot.Trainings, snapshot.Now, options)
            .Where(t => t.Standing == TrainingStanding.Overdue)
            .Select(t => (t.Member, t.DueAt))
            .ToList();
        if (overdue.Count == 0)
        {
            yield break;
        }

        var rule = ComplianceRules.StaffTraining12M;
        var ids = Ids(overdue.Select(o => o.Member.StaffId), options.MaxSubjectsNamed);
        var months = options.TrainingWindowMonths;
        yield return new Finding(
            rule.Id,
            null,
            string.Empty,
            rule.Severity,
            Invariant($"{overdue.Count} 名接触用户信息的人员近 {months} 个月未参加安全培训：{ids} ({overdue.Count} staff handling personal information not trained in the last {months} months: {ids})"),
            Seqs([snapshot.Evidence.Roster], snapshot.Evidence.Trainings.Select(s => (long?)s)),
            overdue.Min(o => o.DueAt),
            null,
            overdue.Count);
    }
}
