using ComplianceHub.Domain.Time;
using static ComplianceHub.Domain.Compliance.Rules.RuleText;

namespace ComplianceHub.Domain.Compliance.Rules;

/// <summary>
/// L1: a batch declared 100% masked whose samples failed misleads the regulator about L1; one finding for
/// the window, citing each offending batch's evidence entry.
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
        if (snapshot.Labels is not { FalseDeclarationBatches: > 0 } labels)
        {
            yield break;
        }

        var rule = ComplianceRules.WaybillFalseDeclaration;
        yield return new Finding(
            rule.Id,
            null,
            string.Empty,
            rule.Severity,
            Invariant($"{Day(labels.From)} 至 {Day(labels.To)} 有 {labels.FalseDeclarationBatches} 个批次申报全部为隐私面单，但抽检发现不合格面单 ")
                + Invariant($"({labels.FalseDeclarationBatches} batches declared fully masked while their samples failed)"),
            snapshot.Evidence.FalseDeclarationBatches.Order().ToList(),
            ChinaTime.StartOf(labels.From),
            null,
            labels.FalseDeclarationBatches);
    }
}
