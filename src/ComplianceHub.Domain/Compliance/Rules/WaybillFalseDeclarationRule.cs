using ComplianceHub.Domain.Time;
using static ComplianceHub.Domain.Compliance.Rules.RuleText;

namespace ComplianceHub.Domain.Compliance.Rules;

/// <summary>
/// L1, the declaration: a batch declared fully masked whose samples failed. Beyond the margin (enough failing
/// samples and a large enough failing share, both configured) it is a false declaration (虚报); within it, a
/// mismatch (申报与抽检不符), a risk lead: one failing sample is not intent. One finding each for the window,
/// citing the batches' evidence entries. Batches the hub no longer holds figures of count as mismatches.
/// </summary>
public sealed class WaybillFalseDeclarationRule : IRuleCheck
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
        if (snapshot.Labels is not { FalseDeclarationBatches: > 0 } labels)
        {
            yield break;
        }

        var known = labels.ContradictedBatches ?? [];
        var beyond = known.Where(b => b.IsBeyondMargin(options)).ToList();
        var margin = Invariant($"不合格样本 ≥ {options.FalseDeclarationMinFailingSamples} 份且不合格率 ≥ {Percent(options.FalseDeclarationMinFailingShare)}");
        var marginEn = Invariant($"≥ {options.FalseDeclarationMinFailingSamples} failing samples and ≥ {Percent(options.FalseDeclarationMinFailingShare)} failing");
        var window = Invariant($"{Day(labels.From)} 至 {Day(labels.To)}");
        if (beyond.Count > 0)
        {
            var rule = ComplianceRules.WaybillFalseDeclaration;
            var failing = beyond.Sum(b => b.FailingSamples);
            var samples = beyond.Sum(b => b.SamplesChecked);
            yield return new Finding(
                rule.Id,
                null,
                string.Empty,
                rule.Severity,
                Invariant($"{window} 有 {beyond.Count} 个批次申报全部为隐私面单，抽检 {samples} 份中 {failing} 份不合格，超出容差（{margin}） ")
                    + Invariant($"({beyond.Count} batches declared fully masked with {failing} of {samples} samples failing, beyond the margin of {marginEn})"),
                beyond.Select(b => b.EvidenceSeq).Order().ToList(),
                ChinaTime.StartOf(beyond.Min(b => b.Date)),
                null,
                beyond.Count);
        }

        var within = labels.FalseDeclarationBatches - beyond.Count;
        if (within > 0)
        {
            var rule = ComplianceRules.WaybillDeclarationMismatch;
            var beyondSeqs = beyond.Select(b => b.EvidenceSeq).ToHashSet();
            yield return new Finding(
                rule.Id,
                null,
                string.Empty,
                rule.Severity,
                Invariant($"{window} 有 {within} 个批次申报全部为隐私面单，但抽检发现不合格面单，未超出容差（{margin}），不认定为虚报 ")
                    + Invariant($"({within} batches declared fully masked had failing samples within the margin of {marginEn}; not called a false declaration)"),
                snapshot.Evidence.FalseDeclarationBatches.Where(s => !beyondSeqs.Contains(s)).Order().ToList(),
                ChinaTime.StartOf(labels.From),
                null,
                within);
        }
    }
}
