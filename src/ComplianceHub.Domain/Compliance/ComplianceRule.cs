namespace ComplianceHub.Domain.Compliance;

/// <summary>One checkable obligation: what the product reports, in both languages, with the law behind it.</summary>
/// <param name="Id">Stable id (WAYBILL-MASK-COVERAGE…): part of findings, evidence and reports.</param>
/// <param name="LegalBasis">The law or standard and article, as a regulator would cite it.</param>
/// <param name="DomainRules">The rows of DOMAIN.md's rule table (L1–L11) this rule checks.</param>
/// <param name="Severity">Weight of a finding under this rule (some conditions lower it, e.g. a report made late).</param>
public sealed record ComplianceRule(
    string Id,
    string TitleZh,
    string TitleEn,
    string LegalBasis,
    IReadOnlyList<string> DomainRules,
    FindingSeverity Severity);
