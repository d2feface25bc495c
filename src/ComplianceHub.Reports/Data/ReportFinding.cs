using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.Enterprises;
using ComplianceHub.Domain.Time;

namespace ComplianceHub.Reports.Data;

/// <summary>
/// A finding as a report shows it: the rule's titles, its basis (legal duty, policy, risk lead), the provisions it
/// cites as they stood when things happened, the liability provisions that apply if it stays unmet, what was found,
/// and whether it is still open.
/// </summary>
/// <param name="LegalBasis">The provisions breached, in force on the days of the events and binding this kind of enterprise.</param>
/// <param name="Summary">Chinese, naming pseudonymous ids only (never a person's name, phone or address).</param>
/// <param name="EvidenceSeqs">Evidence-log entries the finding derives from.</param>
/// <param name="ClearedAt">Null while the finding is open.</param>
/// <param name="Basis">Legal duty, our policy or a risk lead.</param>
/// <param name="BasisNote">What of the rule is ours and what is the law's.</param>
/// <param name="Penalties">The liability provisions applied if the finding is not rectified; empty for a risk lead.</param>
public sealed record ReportFinding(
    string RuleId,
    string TitleZh,
    string TitleEn,
    string LegalBasis,
    FindingSeverity Severity,
    string Summary,
    long Count,
    IReadOnlyList<long> EvidenceSeqs,
    DateTimeOffset OpenedAt,
    DateTimeOffset? ClearedAt,
    RuleBasis Basis = RuleBasis.LegalDuty,
    string BasisNote = "",
    string Penalties = "")
{
    public bool IsOpen => ClearedAt is null;

    public string SeverityChineseName => FindingSeverities.ChineseName(Severity);

    public string BasisChineseName => RuleBases.ChineseName(Basis);

    /// <summary>
    /// Takes titles, basis and citations from the rulebook entry, so a report never words a rule differently from the
    /// rulebook; the citations are those in force from <paramref name="openedAt"/> to <paramref name="clearedAt"/>.
    /// </summary>
    public static ReportFinding FromRule(
        ComplianceRule rule,
        string summary,
        long count,
        IReadOnlyList<long> evidenceSeqs,
        DateTimeOffset openedAt,
        DateTimeOffset? clearedAt = null,
        FindingSeverity? severity = null,
        EnterpriseKind? kind = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var from = ChinaTime.DateOf(openedAt);
        var to = ChinaTime.DateOf(clearedAt ?? openedAt);
        return new(
            rule.Id, rule.TitleZh, rule.TitleEn, rule.LegalBasisFor(from, to, kind), severity ?? rule.Severity, summary, count, evidenceSeqs,
            openedAt, clearedAt, rule.Basis, rule.BasisNote, rule.PenaltiesFor(from, to, kind));
    }
}
