using ComplianceHub.Storage.Reports;

namespace ComplianceHub.Server.Reports;

/// <summary>
/// What the verification URL answers: the issued record, and, when a PDF was sent, whether its SHA-256 is
/// the one issued (one altered byte and it is not).
/// </summary>
public sealed record ReportVerification(
    string ReportId,
    string Kind,
    string Subject,
    string IssuedSha256,
    long IssuedBytes,
    DateTimeOffset IssuedAt,
    long? EvidenceSeq,
    string? SubmittedSha256,
    bool? Matches,
    string Message)
{
    public static ReportVerification Of(IssuedReport issued, string? submittedSha256 = null) => new(
        issued.ReportId, issued.Kind, issued.Subject, issued.Sha256, issued.Bytes, issued.IssuedAt, issued.EvidenceSeq,
        submittedSha256,
        submittedSha256 is null ? null : string.Equals(submittedSha256, issued.Sha256, StringComparison.Ordinal),
        submittedSha256 is null
            ? "已签发。上传 PDF（POST 本地址）以核验其是否与签发件一致 (issued; POST the PDF to this URL to check it is the issued one)"
            : string.Equals(submittedSha256, issued.Sha256, StringComparison.Ordinal)
                ? "一致：该 PDF 即签发件 (matches: this PDF is the one issued)"
                : "不一致：该 PDF 与签发件不同，可能被篡改 (does not match: this PDF differs from the one issued)");
}
