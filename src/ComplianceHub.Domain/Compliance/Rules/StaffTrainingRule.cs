using ComplianceHub.Domain.People;
using ComplianceHub.Domain.Time;
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
        var lastTrained = LastTrainingByStaff(snapshot.Trainings);
        return NextChanges.Earliest(snapshot.Now, snapshot.Roster.ActiveAt(snapshot.Now).Where(s => s.HandlesPersonalInfo).Select(member =>
        {
            var firstDue = ChinaTime.StartOf(member.JoinedOn) + options.NewJoinerTrainingGrace;
            return lastTrained.GetValueOrDefault(member.StaffId) is { } held
                ? Later(ChinaTime.EndOf(ChinaTime.AddMonthsClamped(held, options.TrainingWindowMonths)), firstDue)
                : firstDue;
        }));
    }

    public IEnumerable<Finding> Evaluate(EnterpriseSnapshot snapshot, RulebookOptions options)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(options);
        var today = ChinaTime.DateOf(snapshot.Now);
        var windowStart = ChinaTime.AddMonthsClamped(today, -options.TrainingWindowMonths);
        var lastTrained = LastTrainingByStaff(snapshot.Trainings);

        var overdue = new List<(StaffMember Member, DateTimeOffset DueAt)>();
        foreach (var member in snapshot.Roster.ActiveAt(snapshot.Now).Where(s => s.HandlesPersonalInfo))
        {
            var firstDue = ChinaTime.StartOf(member.JoinedOn) + options.NewJoinerTrainingGrace;
            var last = lastTrained.GetValueOrDefault(member.StaffId);
            if (last is { } held && held >= windowStart)
            {
                continue;
            }

            var dueAt = last is { } previous ? Later(ChinaTime.EndOf(ChinaTime.AddMonthsClamped(previous, options.TrainingWindowMonths)), firstDue) : firstDue;
            if (dueAt <= snapshot.Now)
            {
                overdue.Add((member, dueAt));
            }
        }

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

    private static Dictionary<string, DateOnly> LastTrainingByStaff(IEnumerable<TrainingSession> sessions)
    {
        var last = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var session in sessions)
        {
            foreach (var id in session.StaffIds)
            {
                if (!last.TryGetValue(id, out var seen) || session.HeldOn > seen)
                {
                    last[id] = session.HeldOn;
                }
            }
        }

        return last;
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;
}
