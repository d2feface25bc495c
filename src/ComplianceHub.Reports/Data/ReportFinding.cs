using ComplianceHub.Domain.Compliance;

namespace ComplianceHub.Reports.Data;

/// <summary>A finding as a report shows it: the rule's titles and legal basis, what was found, and whether it is still open.</summary>
/// <param name="Summary">Chinese, naming pseudonymous ids only (never a person's name, phone or address).</param>
/// <param name="EvidenceSeqs">Evidence-log entries the finding derives from.</param>
/// <param name="ClearedAt">Null while the finding is open.</param>
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
    DateTimeOffset? ClearedAt)
{
    public bool IsOpen => ClearedAt is null;

    public string SeverityChineseName => FindingSeverities.ChineseName(Severity);

    /// <summary>Takes titles and basis from the rulebook entry, so a report never words a rule differently from the rulebook.</summary>
    public static ReportFinding FromRule(
        ComplianceRule rule,
        string summary,
        long count,
        IReadOnlyList<long> evidenceSeqs,
        DateTimeOffset openedAt,
        DateTimeOffset? clearedAt = null,
        FindingSeverity? severity = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new(rule.Id, rule.TitleZh, rule.TitleEn, rule.LegalBasis, severity ?? rule.Severity, summary, count, evidenceSeqs, openedAt, clearedAt);
    }
}
