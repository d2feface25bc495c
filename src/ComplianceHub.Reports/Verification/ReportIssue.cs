namespace ComplianceHub.Reports.Verification;

/// <summary>
/// The identity a report is issued under: its id, and the hub address the QR code and printed URL
/// point to, where anyone can check a PDF against the hash recorded at issue.
/// </summary>
/// <param name="ReportId">Letters, digits and hyphens, e.g. RPT-20261120-PO-0007.</param>
/// <param name="BaseUrl">The hub's public address, e.g. https://hub.example.gov.cn.</param>
public sealed record ReportIssue(string ReportId, string BaseUrl)
{
    public string VerificationUrl => $"{BaseUrl.TrimEnd('/')}/api/v1/reports/{Uri.EscapeDataString(ReportId)}/verify";
}
