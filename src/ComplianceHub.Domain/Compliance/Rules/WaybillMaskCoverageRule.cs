using ComplianceHub.Domain.Time;
using static ComplianceHub.Domain.Compliance.Rules.RuleText;

namespace ComplianceHub.Domain.Compliance.Rules;

/// <summary>
/// L1: every printed waybill masked. Broken when the enterprise itself declares fewer than the target masked,
/// or when the hub's samples show fewer than the target compliant (the verified figure is the one that counts).
/// </summary>
public sealed class WaybillMaskCoverageRule : IRuleCheck
{
    /// <summary>When the oldest day of labels in the window leaves it.</summary>
    public DateTimeOffset? NextChange(EnterpriseSnapshot snapshot, RulebookOptions options)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return NextChanges.Earliest(snapshot.Now, snapshot.Labels?.ChangesAt is { } at ? [at] : []);
    }

    public IEnumerable<Finding> Evaluate(EnterpriseSnapshot snapshot, RulebookOptions options)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(options);
        if (snapshot.Labels is not { } labels)
        {
            yield break;
        }

        var declared = labels.DeclaredCoverage;
        var verified = labels.SamplesChecked >= options.MinimumSamplesForCoverage ? labels.VerifiedCoverage : null;
        var declaredShort = declared < options.CoverageTarget;
        var verifiedShort = verified < options.CoverageTarget;
        if (!declaredShort && !verifiedShort)
        {
            yield break;
        }

        var rule = ComplianceRules.WaybillMaskCoverage;
        var failing = labels.SamplesChecked - labels.CompliantSamples;
        var declaredText = declared is { } d ? Percent(d) : "—";
        var verifiedText = verified is { } v ? Percent(v) : "—";
        yield return new Finding(
            rule.Id,
            null,
            verifiedShort ? "verified-below-target" : "declared-below-target",
            rule.Severity,
            Invariant($"{Day(labels.From)} 至 {Day(labels.To)} 申报隐私面单覆盖率 {declaredText}，抽检合格率 {verifiedText}（{labels.SamplesChecked} 份样本中 {failing} 份不合格），低于目标 {Percent(options.CoverageTarget)} ")
                + Invariant($"(declared coverage {declaredText}, verified {verifiedText} with {failing} of {labels.SamplesChecked} samples failing, target {Percent(options.CoverageTarget)})"),
            snapshot.Evidence.LabelBatches.Order().ToList(),
            ChinaTime.StartOf(labels.From),
            null,
            verifiedShort ? failing : labels.Printed - labels.DeclaredMasked);
    }
}
