using System.Security.Cryptography;
using ComplianceHub.Server.Http;
using ComplianceHub.Server.Security;
using ComplianceHub.Storage.Reports;

namespace ComplianceHub.Server.Reports;

public static class ReportsApi
{
    /// <summary>A jurisdiction report of hundreds of pages stays well under this (and under Kestrel's body limit).</summary>
    public const long MaxPdfBytes = 32 * 1024 * 1024;

    public static IServiceCollection AddReportsApi(this IServiceCollection services) =>
        services.AddSingleton<ReportIssuer>().AddSingleton<ReportBaseUrl>();

    /// <summary>
    /// The verification URL printed (and QR-coded) on every report. Open to anyone holding the report:
    /// a court clerk or the enterprise's counsel checks a copy without an account; ids are random.
    /// </summary>
    public static RouteGroupBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        // A malformed Reports:BaseUrl stops the hub at start, not the first report an inspector asks for.
        _ = app.ServiceProvider.GetRequiredService<ReportBaseUrl>();
        var api = app.MapGroup("/api/v1/reports/{reportId}").WithTags("Reports").AllowAnonymous();
        api.MapGet("/verify", Describe)
            .WithName("GetReportVerification")
            .WithSummary("查验报告签发记录 (the issued report's record: time, SHA-256, evidence entry)")
            .Produces<ReportVerification>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/verify", Verify)
            .WithName("VerifyReport")
            .WithSummary("核验 PDF 是否为签发件 (check whether a PDF is byte-for-byte the one issued)")
            .Accepts<byte[]>("application/pdf")
            .Produces<ReportVerification>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(RateLimitSetup.VerifyUploadPolicy);
        return api;
    }

    private static async Task<IResult> Describe(string reportId, ReportArchive archive, CancellationToken cancellationToken)
    {
        var found = await FindAsync(reportId, archive, cancellationToken);
        return found.Problem ?? TypedResults.Ok(ReportVerification.Of(found.Issued!));
    }

    private static async Task<IResult> Verify(string reportId, HttpRequest request, ReportArchive archive, CancellationToken cancellationToken)
    {
        var found = await FindAsync(reportId, archive, cancellationToken);
        if (found.Problem is not null)
        {
            return found.Problem;
        }

        // A file longer than the one issued cannot be it: it is refused unread (no upload larger than the report is taken).
        var limit = Math.Min(MaxPdfBytes, found.Issued!.Bytes);
        if (request.ContentLength > limit)
        {
            return TooLarge(limit);
        }

        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > limit)
            {
                return TooLarge(limit);
            }

            sha.AppendData(buffer, 0, read);
        }

        if (total == 0)
        {
            var errors = new ProblemErrors();
            errors.Add("body", "请上传要核验的 PDF (send the PDF to check as the request body)");
            return errors.ToProblem();
        }

        return TypedResults.Ok(ReportVerification.Of(found.Issued!, Convert.ToHexStringLower(sha.GetHashAndReset())));
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult TooLarge(long limit) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "文件大于签发的报告，不可能是签发件 (larger than the issued report, so it cannot be it)",
        detail: $"签发件为 {limit} 字节 (the issued report has {limit} bytes).");

    private static async Task<(IssuedReport? Issued, IResult? Problem)> FindAsync(string reportId, ReportArchive archive, CancellationToken cancellationToken)
    {
        if (!ReportIds.IsValid(reportId))
        {
            var errors = new ProblemErrors();
            errors.Add("reportId", "报告编号为 32 位小写十六进制 (reportId: 32 lowercase hex characters)");
            return (null, errors.ToProblem());
        }

        var issued = await archive.FindAsync(reportId, cancellationToken);
        return issued is null ? (null, Problems.NotFound($"未签发过报告 {reportId} (no report {reportId} was issued).")) : (issued, null);
    }
}
