using ComplianceHub.Domain.Compliance;

namespace ComplianceHub.Server.Compliance;

/// <summary>One finding with its rule's titles and legal basis, and every period it was open.</summary>
public sealed record FindingResponse(
    string RuleId,
    string Title,
    string TitleEn,
    string LegalBasis,
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
    public static FindingResponse From(FindingRecord record)
    {
        var f = record.Finding;
        var rule = ComplianceRules.Find(f.RuleId);
        return new(
            f.RuleId, rule?.TitleZh ?? f.RuleId, rule?.TitleEn ?? f.RuleId, rule?.LegalBasis ?? "", f.Subject, f.Condition,
            FindingSeverities.ToWireName(f.Severity), FindingSeverities.ChineseName(f.Severity), f.Summary, f.Count, f.EvidenceSeqs,
            f.Since, f.Until, record.IsOpen, record.OpenedAt, record.ClearedAt, record.Periods);
    }
}
