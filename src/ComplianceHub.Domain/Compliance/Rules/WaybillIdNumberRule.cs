using ComplianceHub.Domain.Time;
using static ComplianceHub.Domain.Compliance.Rules.RuleText;

namespace ComplianceHub.Domain.Compliance.Rules;

/// <summary>
/// L12: a waybill carries only name, address and phone. One finding for the window when any sampled label
/// printed an identity number (ID_NUMBER_PRINTED), counting those samples.
/// </summary>
public sealed class WaybillIdNumberRule : IRuleCheck
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
        if (snapshot.Labels is not { IdNumberSamples: > 0 } labels)
        {
            yield break;
        }

        var rule = ComplianceRules.WaybillIdNumberPrinted;
        yield return new Finding(
            rule.Id,
            null,
            string.Empty,
            rule.Severity,
            Invariant($"{Day(labels.From)} 至 {Day(labels.To)} 抽检的 {labels.SamplesChecked} 份面单中有 {labels.IdNumberSamples} 份印有身份证件号码 ")
                + Invariant($"({labels.IdNumberSamples} of {labels.SamplesChecked} sampled labels print an identity number)"),
            snapshot.Evidence.LabelBatches.Order().ToList(),
            ChinaTime.StartOf(labels.From),
            null,
            labels.IdNumberSamples);
    }
}
