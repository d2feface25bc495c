using static ComplianceHub.Domain.Compliance.Rules.RuleText;

namespace ComplianceHub.Domain.Compliance.Rules;

/// <summary>
/// L8: a processor of at least the threshold (1,000,000) of individuals has filed its PI-protection officer.
/// The 30-working-day filing window is not modelled: the hub does not know when the threshold was crossed.
/// </summary>
public sealed class ProtectionOfficerRule : IRuleCheck
{
    public IEnumerable<Finding> Evaluate(EnterpriseSnapshot snapshot, RulebookOptions options)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(options);
        var scale = snapshot.Scale;
        if (scale.IndividualsProcessed < options.ProtectionOfficerThreshold || scale.ProtectionOfficerFiledOn is not null)
        {
            yield break;
        }

        var rule = ComplianceRules.ScaleProtectionOfficer;
        yield return new Finding(
            rule.Id,
            null,
            string.Empty,
            rule.Severity,
            Invariant($"处理 {scale.IndividualsProcessed:N0} 人的个人信息（达到 {options.ProtectionOfficerThreshold:N0} 人），未报送个人信息保护负责人 ")
                + Invariant($"(processes {scale.IndividualsProcessed:N0} individuals, at least {options.ProtectionOfficerThreshold:N0}, with no PI-protection officer filed)"),
            Seqs([snapshot.Evidence.Profile]),
            null,
            null,
            scale.IndividualsProcessed);
    }
}
