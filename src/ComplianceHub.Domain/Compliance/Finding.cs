namespace ComplianceHub.Domain.Compliance;

/// <summary>
/// One rule found broken, for one subject. Two evaluations yield the same <see cref="Key"/> for the same
/// breach, which is how <see cref="FindingHistory"/> tells a continuing finding from a new one.
/// </summary>
/// <param name="RuleId">The <see cref="ComplianceRule.Id"/>.</param>
/// <param name="Subject">What it is about: an account, a staffId, an incidentId; null for the enterprise as a whole.</param>
/// <param name="Condition">Which way the rule is broken when it can be broken several ways (open-overdue, reported-late); empty otherwise.</param>
/// <param name="Summary">Chinese, with English in brackets; names pseudonymous ids only.</param>
/// <param name="EvidenceSeqs">Evidence-log entries the finding derives from, ascending.</param>
/// <param name="Since">When the breach began, when that can be known.</param>
/// <param name="Until">The end of the window the breach was seen in (access detections); null if ongoing or not windowed.</param>
/// <param name="Count">How many, in the rule's own unit: staff, waybills, records, samples, batches, individuals.</param>
public sealed record Finding(
    string RuleId,
    string? Subject,
    string Condition,
    FindingSeverity Severity,
    string Summary,
    IReadOnlyList<long> EvidenceSeqs,
    DateTimeOffset? Since,
    DateTimeOffset? Until,
    long Count)
{
    public string Key => $"{RuleId}|{Subject}|{Condition}";
}
