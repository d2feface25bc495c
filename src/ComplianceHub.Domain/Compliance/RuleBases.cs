namespace ComplianceHub.Domain.Compliance;

/// <summary>Wire and Chinese names of <see cref="RuleBasis"/>: <c>legal-duty</c>, <c>policy</c>, <c>risk-lead</c>.</summary>
public static class RuleBases
{
    private static readonly WireNames<RuleBasis> Names = new(
        (RuleBasis.LegalDuty, "legal-duty", "法定义务"),
        (RuleBasis.Policy, "policy", "本平台政策"),
        (RuleBasis.RiskLead, "risk-lead", "风险线索"));

    public static IReadOnlyList<RuleBasis> All => Names.All;

    public static string ToWireName(RuleBasis basis) => Names.ToWireName(basis);

    public static string ChineseName(RuleBasis basis) => Names.ChineseName(basis);

    /// <summary>What the basis means for the reader of a report, in Chinese with English.</summary>
    public static string Explanation(RuleBasis basis) => basis switch
    {
        RuleBasis.LegalDuty => "法定义务：法律法规直接规定的义务，本项检查直接检验该义务 (legal duty: stated by the law and tested directly)",
        RuleBasis.Policy => "本平台政策：法定义务的可检验口径（如时限、周期）由本平台设定，可配置 (policy: a legal duty made checkable by a configurable figure of ours)",
        RuleBasis.RiskLead => "风险线索：本身不构成违法，仅提示核查；默认不扣分 (risk lead: breaks no duty by itself; no deduction unless configured)",
        _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, null),
    };
}
