using ComplianceHub.Domain.Incidents;
using static ComplianceHub.Domain.Compliance.Rules.RuleText;

namespace ComplianceHub.Domain.Compliance.Rules;

/// <summary>
/// L7: one reporting clock per rule. A clock still open past its deadline is a finding at the rule's
/// severity; a duty met late stays on record one step lighter (and under another condition, so reporting
/// clears the open finding and opens the late one) until <see cref="RulebookOptions.LateReportLookback"/>.
/// </summary>
public sealed class IncidentClockRule(IncidentClock clock, ComplianceRule rule) : IRuleCheck
{
    public static IReadOnlyList<IncidentClockRule> All { get; } =
    [
        new(IncidentClock.Cac, ComplianceRules.IncidentCac4H),
        new(IncidentClock.Postal, ComplianceRules.IncidentPostalReport),
        new(IncidentClock.Individuals, ComplianceRules.IncidentNotifyIndividuals),
    ];

    public IncidentClock Clock => clock;

    public ComplianceRule Rule => rule;

    /// <summary>When an open clock runs out, or a late report ages out of the look-back.</summary>
    public DateTimeOffset? NextChange(EnterpriseSnapshot snapshot, RulebookOptions options)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(options);
        return NextChanges.Earliest(snapshot.Now, snapshot.Incidents
            .SelectMany(i => IncidentClocks.Evaluate(i, snapshot.Scale.CriticalInfrastructure, snapshot.Now, options.Incidents))
            .Where(e => e.Clock == clock)
            .Select(e => e.DoneAt is { } done ? done + options.LateReportLookback : e.Deadline));
    }

    public IEnumerable<Finding> Evaluate(EnterpriseSnapshot snapshot, RulebookOptions options)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(options);
        foreach (var incident in snapshot.Incidents)
        {
            var evaluation = IncidentClocks.Evaluate(incident, snapshot.Scale.CriticalInfrastructure, snapshot.Now, options.Incidents)
                .FirstOrDefault(e => e.Clock == clock);
            if (evaluation is not { IsBreach: true }
                || (evaluation.DoneAt is { } done && done < snapshot.Now - options.LateReportLookback))
            {
                continue;
            }

            var overdue = evaluation.Status == IncidentClockStatus.OpenOverdue;
            yield return new Finding(
                rule.Id,
                incident.IncidentId,
                IncidentClockStatuses.ToWireName(evaluation.Status),
                overdue ? rule.Severity : FindingSeverities.OneLower(rule.Severity),
                Describe(incident, evaluation),
                snapshot.Evidence.Incidents.TryGetValue(incident.IncidentId, out var seq) ? [seq] : [],
                evaluation.Deadline,
                null,
                incident.RecordsAffected);
        }
    }

    private static string Describe(Incident incident, IncidentClockEvaluation evaluation)
    {
        var what = Invariant($"{IncidentGrades.ChineseName(incident.Grade)}{IncidentKinds.ChineseName(incident.Kind)}事件 {incident.IncidentId}");
        var whatEn = Invariant($"{IncidentGrades.ToWireName(incident.Grade)} {IncidentKinds.ToWireName(incident.Kind)} incident {incident.IncidentId}");
        var duty = IncidentClockStatuses.ChineseName(evaluation.Clock);
        var dutyEn = evaluation.Clock switch
        {
            IncidentClock.Cac => "report to the CAC",
            IncidentClock.Postal => "report to the postal authority",
            _ => "notify affected individuals",
        };
        var allowed = Duration(evaluation.Deadline - incident.DetectedAt);
        var late = Duration(evaluation.Late);
        return evaluation.Status == IncidentClockStatus.OpenOverdue
            ? Invariant($"{what} 发现后 {allowed.Zh}内应{duty}，至今未完成，已逾期 {late.Zh} ({whatEn}: {dutyEn} due within {allowed.En} of detection, still not done, {late.En} overdue)")
            : Invariant($"{what} 应于发现后 {allowed.Zh}内{duty}，实际逾期 {late.Zh} 完成 ({whatEn}: {dutyEn} due within {allowed.En}, done {late.En} late)");
    }
}
