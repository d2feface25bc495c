namespace ComplianceHub.Storage.Reports;

/// <summary>The record of one issued report: what it was about, when, and the SHA-256 of its exact bytes.</summary>
/// <param name="Kind">self-assessment, postal-inspection, cyberspace-inspection or jurisdiction.</param>
/// <param name="Subject">The enterprise id, or the division code of a jurisdiction report.</param>
/// <param name="EvidenceSeq">The subject enterprise's evidence entry that recorded the issue, when there is one.</param>
public sealed record IssuedReport(
    string ReportId,
    string Kind,
    string Subject,
    string Sha256,
    long Bytes,
    DateTimeOffset IssuedAt,
    long? EvidenceSeq);
