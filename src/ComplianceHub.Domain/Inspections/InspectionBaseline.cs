using ComplianceHub.Domain.Compliance;

namespace ComplianceHub.Domain.Inspections;

/// <summary>
/// What the hub knew of the enterprise when the inspection was opened: its score, risk and open findings,
/// read at one evidence head, so the inspection can later be compared with what the enterprise reported.
/// </summary>
public sealed record InspectionBaseline(
    int Score,
    RiskLevel Risk,
    IReadOnlyList<FindingRecord> OpenFindings,
    long EvidenceSeq,
    string EvidenceHead,
    DateTimeOffset TakenAt);
