using ComplianceHub.Reports.Verification;
using ComplianceHub.Storage.Reports;

namespace ComplianceHub.Server.Reports;

/// <summary>
/// The two ends every report endpoint shares: a new report id with the configured base URL its QR code points at,
/// and the answer carrying the issued bytes with <c>X-Report-Id</c> / <c>X-Report-Sha256</c> so a client (the CLI)
/// can check what it received.
/// </summary>
public static class IssuedPdf
{
    /// <summary>A new issue, or null when no public base URL is configured (no report may be issued then).</summary>
    public static ReportIssue? NewIssue(ReportBaseUrl baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        return baseUrl.Value is { } url ? new ReportIssue(ReportIds.New(), url) : null;
    }

    /// <summary>What a report endpoint answers while <see cref="ReportBaseUrl"/> is missing: the operator's to fix.</summary>
    public static IResult BaseUrlMissing() => TypedResults.Problem(
        statusCode: StatusCodes.Status503ServiceUnavailable,
        title: "报告验证地址未配置，暂不签发报告 (report verification address not configured)",
        detail: $"请运维人员配置 {ReportBaseUrl.Key}：报告上的验证地址和二维码只取自配置。"
            + $" (The operator must set {ReportBaseUrl.Key}: a report's verification URL and QR code come from configuration only.)");

    public static IResult Answer(HttpContext context, IssuedReport issued, byte[] bytes, string fileName)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(issued);
        context.Response.Headers["X-Report-Id"] = issued.ReportId;
        context.Response.Headers["X-Report-Sha256"] = issued.Sha256;
        return TypedResults.File(bytes, "application/pdf", fileName);
    }
}
