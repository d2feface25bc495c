namespace ComplianceHub.Cli.Reports;

/// <summary>The hub's answer to <c>POST /api/v1/reports/{id}/verify</c>, as far as the CLI shows it.</summary>
internal sealed record ReportVerificationAnswer(
    string ReportId,
    string Kind,
    string Subject,
    string IssuedSha256,
    long IssuedBytes,
    DateTimeOffset IssuedAt,
    long? EvidenceSeq,
    string? SubmittedSha256,
    bool? Matches,
    string Message);
