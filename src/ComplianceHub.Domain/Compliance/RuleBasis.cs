namespace ComplianceHub.Domain.Compliance;

/// <summary>
/// What a rule rests on, so a regulator never signs the hub's heuristics as law (DOMAIN.md: every rule says
/// whether it is a legal duty, our policy, or a risk lead).
/// </summary>
public enum RuleBasis
{
    /// <summary>The law itself states the duty and the check tests it directly (e.g. the 1 h / 4 h reports of 国家网络安全事件报告管理办法).</summary>
    LegalDuty,

    /// <summary>A legal duty made checkable by a figure of ours, a configurable default (e.g. 72 h for PIPL art. 57's 立即).</summary>
    Policy,

    /// <summary>A signal worth a look that breaks no duty by itself (e.g. night queries): shown and ranked, it deducts nothing unless configured.</summary>
    RiskLead,
}
