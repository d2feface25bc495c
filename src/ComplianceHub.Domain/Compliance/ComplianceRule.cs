using ComplianceHub.Domain.Enterprises;

namespace ComplianceHub.Domain.Compliance;

/// <summary>One checkable obligation: what the product reports, in both languages, with the law behind it.</summary>
/// <param name="Id">Stable id (WAYBILL-MASK-COVERAGE…): part of findings, evidence and reports. Thresholds never appear in it or the titles.</param>
/// <param name="Basis">Legal duty, our policy, or a risk lead (which deducts nothing unless configured).</param>
/// <param name="Binds">The enterprise kinds the rule applies to; it is not evaluated for the others.</param>
/// <param name="Citations">The provisions it rests on, each with the days it is in force and the kinds it binds.</param>
/// <param name="BasisNote">What of the rule is ours and what is the law's, Chinese with English; empty when the law says it all.</param>
/// <param name="DomainRules">The rows of DOMAIN.md's rule table (L1–L13) this rule checks.</param>
/// <param name="Severity">Weight of a finding under this rule (some conditions lower it, e.g. a report made late).</param>
/// <param name="Penalties">The liability provisions applied if the duty stays unmet, with what they provide; none for a risk lead.</param>
public sealed record ComplianceRule(
    string Id,
    string TitleZh,
    string TitleEn,
    RuleBasis Basis,
    IReadOnlyList<EnterpriseKind> Binds,
    IReadOnlyList<LegalCitation> Citations,
    string BasisNote,
    IReadOnlyList<string> DomainRules,
    FindingSeverity Severity,
    IReadOnlyList<LegalCitation>? Penalties = null)
{
    /// <summary>The provisions in force now (the latest version of each), for every kind the rule binds: the catalogue's wording.</summary>
    public string LegalBasis => Join(Citations.Where(c => c.Until is null));

    public bool BindsKind(EnterpriseKind? kind) => kind is not { } k || Binds.Contains(k);

    /// <summary>
    /// The provisions in force on some day from <paramref name="from"/> to <paramref name="to"/> (the days of a
    /// finding's events) that bind <paramref name="kind"/>: a finding cites the law as it stood when things happened.
    /// </summary>
    public string LegalBasisFor(DateOnly from, DateOnly to, EnterpriseKind? kind) =>
        Join(Citations.Where(c => c.Binds(kind) && (c.From is not { } start || start <= to) && (c.Until is not { } end || end >= from)));

    /// <summary>
    /// The liability provisions in force on the days of the events that bind <paramref name="kind"/>, one per line (a provision's
    /// own text holds "；"); empty for none.
    /// </summary>
    public string PenaltiesFor(DateOnly from, DateOnly to, EnterpriseKind? kind) =>
        string.Join("\n", (Penalties ?? []).Where(c => c.Binds(kind) && (c.From is not { } start || start <= to) && (c.Until is not { } end || end >= from)).Select(c => c.Text));

    private static string Join(IEnumerable<LegalCitation> citations) => string.Join("；", citations.Select(c => c.Text));
}
