using ComplianceHub.Domain.Access;
using static ComplianceHub.Domain.Compliance.Rules.RuleText;

namespace ComplianceHub.Domain.Compliance.Rules;

/// <summary>
/// L4 / L5 / L10: what the access log shows, one finding per account and anomaly kind, carrying the window
/// and counts of the detection. Detections that ended before the lookback no longer count.
/// </summary>
public sealed class AccessAnomalyRule(AccessAnomalyKind kind, ComplianceRule rule) : IRuleCheck
{
    public static IReadOnlyList<AccessAnomalyRule> All { get; } =
    [
        new(AccessAnomalyKind.CrossOutlet, ComplianceRules.AccessCrossOutlet),
        new(AccessAnomalyKind.UsedAfterDeparture, ComplianceRules.AccountUsedAfterDeparture),
        new(AccessAnomalyKind.BulkQuery, ComplianceRules.AccessBulkQuery),
        new(AccessAnomalyKind.NightQuery, ComplianceRules.AccessNightQuery),
    ];

    public AccessAnomalyKind Kind => kind;

    public ComplianceRule Rule => rule;

    /// <summary>When the first anomaly shown now ages out of the look-back window.</summary>
    public DateTimeOffset? NextChange(EnterpriseSnapshot snapshot, RulebookOptions options)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(options);
        return NextChanges.Earliest(snapshot.Now, AccessAnomalyDetector.Detections(snapshot.Access, options.Access)
            .Where(d => d.Kind == kind)
            .Select(d => d.To + options.AccessLookback));
    }

    public IEnumerable<Finding> Evaluate(EnterpriseSnapshot snapshot, RulebookOptions options)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(options);
        var cutoff = snapshot.Now - options.AccessLookback;
        foreach (var detection in AccessAnomalyDetector.Detections(snapshot.Access, options.Access))
        {
            if (detection.Kind != kind || detection.To < cutoff)
            {
                continue;
            }

            yield return new Finding(
                rule.Id,
                detection.Account,
                string.Empty,
                rule.Severity,
                Describe(detection, snapshot, options),
                detection.EvidenceSeqs.Order().ToList(),
                detection.From,
                detection.To,
                detection.Waybills);
        }
    }

    private static string Describe(AccessDetection d, EnterpriseSnapshot snapshot, RulebookOptions options)
    {
        var window = Invariant($"{ChinaMinute(d.From)} 至 {ChinaMinute(d.To)}");
        var windowEn = Invariant($"{ChinaMinute(d.From)} to {ChinaMinute(d.To)} China time");
        var counts = Invariant($"{d.Records} 次操作、{d.Waybills} 份运单");
        var countsEn = Invariant($"{d.Records} operations, {d.Waybills} waybills");
        return d.Kind switch
        {
            AccessAnomalyKind.CrossOutlet =>
                Invariant($"账号 {d.Account} 在 {window} 访问非本网点（{snapshot.OwnOutletCode}）运单：{counts} (account {d.Account} accessed other outlets' waybills, {windowEn}: {countsEn})"),
            AccessAnomalyKind.UsedAfterDeparture =>
                Invariant($"账号 {d.Account} 在持有人离职后于 {window} 仍被使用：{counts} (account {d.Account} used after its holder left, {windowEn}: {countsEn})"),
            AccessAnomalyKind.BulkQuery =>
                Invariant($"账号 {d.Account} 在 {window} 有 {d.Hours} 个小时查询量超过每小时 {options.Access.BulkThresholdPerHour} 份：{counts} (account {d.Account} exceeded {options.Access.BulkThresholdPerHour} waybills per hour in {d.Hours} hours, {windowEn}: {countsEn})"),
            AccessAnomalyKind.NightQuery =>
                Invariant($"账号 {d.Account} 在 {window} 于夜间 {options.Access.NightStarts:HH\\:mm}–{options.Access.NightEnds:HH\\:mm} 查询运单：{counts} (account {d.Account} queried waybills at night, {windowEn}: {countsEn})"),
            _ => throw new ArgumentOutOfRangeException(nameof(d), d.Kind, null),
        };
    }
}
