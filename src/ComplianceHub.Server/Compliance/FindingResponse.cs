using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.Enterprises;

namespace ComplianceHub.Server.Compliance;

/// <summary>
/// One finding with its rule's titles, its basis (legal duty, policy, risk lead), the kinds the rule binds, and the
/// provisions it cites as they stood on the days of its events for this enterprise's kind; and every period it was open.
/// </summary>
/// <param name="LegalBasis">The provisions in force when the events happened (the Cybersecurity Law cited as 第二十一条
/// before 2026-01-01 and 第二十三条 after), only those binding this kind of enterprise.</param>
/// <param name="Basis"><c>legal-duty</c>, <c>policy</c> or <c>risk-lead</c>; a risk lead deducts nothing unless configured.</param>
/// <param name="BasisNote">What of the rule is the hub's own figure and what is the law's.</param>
/// <param name="Binds">The enterprise kinds the rule applies to (wire names).</param>
public sealed record FindingResponse(
    string RuleId,
    string Title,
    string TitleEn,
    string LegalBasis,
    string Basis,
    string BasisName,
    string BasisNote,
    IReadOnlyList<string> Binds,
    string? Subject,
    string Condition,
    string Severity,
    string SeverityName,
    string Summary,
    long Count,
    IReadOnlyList<long> EvidenceSeqs,
    DateTimeOffset? Since,
    DateTimeOffset? Until,
    bool Open,
    DateTimeOffset OpenedAt,
    DateTimeOffset? ClearedAt,
    IReadOnlyList<FindingPeriod> Periods)
{
    public static FindingResponse From(FindingRecord record, EnterpriseKind? kind, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(record);
        var f = record.Finding;
        var rule = ComplianceRules.Find(f.RuleId);

        // A stored finding of a rule since retired still reads: its id stands in for the titles.
        return new(
            f.RuleId, rule?.TitleZh ?? f.RuleId, rule?.TitleEn ?? f.RuleId, ComplianceRules.LegalBasisOf(f, kind, now),
            rule is null ? "" : RuleBases.ToWireName(rule.Basis), rule is null ? "" : RuleBases.ChineseName(rule.Basis), rule?.BasisNote ?? "",
            rule?.Binds.Select(EnterpriseKinds.ToWireName).ToList() ?? [], f.Subject, f.Condition,
            FindingSeverities.ToWireName(f.Severity), FindingSeverities.ChineseName(f.Severity), f.Summary, f.Count, f.EvidenceSeqs,
            f.Since, f.Until, record.IsOpen, record.OpenedAt, record.ClearedAt, record.Periods);
    }
}
