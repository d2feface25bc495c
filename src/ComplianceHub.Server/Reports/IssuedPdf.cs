using ComplianceHub.Reports.Verification;
using ComplianceHub.Storage.Reports;

namespace ComplianceHub.Server.Reports;

/// <summary>
/// The two ends every report endpoint shares: a new report id with the base URL its QR code points at
/// (<c>Reports:BaseUrl</c>, else the request's own host), and the answer carrying the issued bytes with
/// <c>X-Report-Id</c> / <c>X-Report-Sha256</c> so a client (the CLI) can check what it received.
/// </summary>
public static class IssuedPdf
{
    public static ReportIssue NewIssue(HttpContext context, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(configuration);
        var baseUrl = configuration["Reports:BaseUrl"] is { Length: > 0 } configured ? configured : $"{context.Request.Scheme}://{context.Request.Host}";
        return new ReportIssue(ReportIds.New(), baseUrl);
    }

    public static IResult Answer(HttpContext context, IssuedReport issued, byte[] bytes, string fileName)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(issued);
        context.Response.Headers["X-Report-Id"] = issued.ReportId;
        context.Response.Headers["X-Report-Sha256"] = issued.Sha256;
        return TypedResults.File(bytes, "application/pdf", fileName);
    }
}
