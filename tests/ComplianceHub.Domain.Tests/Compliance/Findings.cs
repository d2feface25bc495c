using ComplianceHub.Domain.Compliance;
using CsCheck;

namespace ComplianceHub.Domain.Tests.Compliance;

/// <summary>Hand-made findings and a generator of them, for score and history tests.</summary>
internal static class Findings
{
    public static Finding Of(string ruleId, FindingSeverity severity, string? subject = null, string condition = "") =>
        new(ruleId, subject, condition, severity, $"{ruleId} {subject}", [], null, null, 1);

    /// <summary>Findings over a few rules and subjects, keys unique as the rulebook guarantees.</summary>
    public static readonly Gen<IReadOnlyList<Finding>> Some =
        Gen.Select(Gen.OneOf(ComplianceRules.All.Select(r => r.Id).ToArray()), Gen.Int[0, 9], Gen.Enum<FindingSeverity>())
            .Select((rule, subject, severity) => Of(rule, severity, $"X{subject}"))
            .List[0, 40]
            .Select(IReadOnlyList<Finding> (list) => list.DistinctBy(f => f.Key).ToList());
}
