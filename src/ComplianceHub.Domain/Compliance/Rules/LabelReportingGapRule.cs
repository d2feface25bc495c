using static ComplianceHub.Domain.Compliance.Rules.RuleText;

namespace ComplianceHub.Domain.Compliance.Rules;

/// <summary>
/// L1 risk lead: an enterprise that prints labels and has sent no label batch for
/// <see cref="RulebookOptions.ReportingGapDays"/> days. Every other label rule only judges what was sent, so without
/// this a quiet enterprise would look compliant forever. The finding names when the silence began and does not
/// change while it lasts (no daily count), so it is recorded once and clears with the next batch.
/// </summary>
public sealed class LabelReportingGapRule : IRuleCheck
{
    /// <summary>The instant the silence reaches the configured gap; nothing to wake for once it has.</summary>
    public DateTimeOffset? NextChange(EnterpriseSnapshot snapshot, RulebookOptions options)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(options);
        return DueAt(snapshot, options) is { } due ? NextChanges.Earliest(snapshot.Now, [due]) : null;
    }

    public IEnumerable<Finding> Evaluate(EnterpriseSnapshot snapshot, RulebookOptions options)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(options);
        if (DueAt(snapshot, options) is not { } due || snapshot.Now < due || snapshot.LabelsReportedSince is not { } since)
        {
            yield break;
        }

        var rule = ComplianceRules.LabelReportingGap;
        yield return new Finding(
            rule.Id,
            null,
            string.Empty,
            rule.Severity,
            Invariant($"自 {ChinaMinute(since)} 起未报送面单数据，已超过 {options.ReportingGapDays} 天，无法核实隐私面单覆盖率 ")
                + Invariant($"(no label batch since {ChinaMinute(since)}, more than {options.ReportingGapDays} days: coverage cannot be verified)"),
            [],
            since,
            null,
            options.ReportingGapDays);
    }

    private static DateTimeOffset? DueAt(EnterpriseSnapshot snapshot, RulebookOptions options) =>
        snapshot.LabelsReportedSince is { } since && since <= DateTimeOffset.MaxValue.AddDays(-options.ReportingGapDays)
            ? since.AddDays(options.ReportingGapDays)
            : null;
}
