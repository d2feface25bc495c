using ComplianceHub.Reports.Documents;
using ComplianceHub.Server.Auth;
using ComplianceHub.Server.Http;
using ComplianceHub.Server.Jurisdictions;
using ComplianceHub.Storage.Rollups;

namespace ComplianceHub.Server.Reports;

/// <summary><c>GET /api/v1/jurisdictions/{code}/report.pdf</c>: 辖区监管报告, for those who may read the division's roll-up.</summary>
public static class JurisdictionReportApi
{
    public const string Kind = "jurisdiction";

    public static RouteGroupBuilder MapJurisdictionReportApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/jurisdictions/{code}").WithTags("Reports").RequireAuthorization();
        api.MapGet("/report.pdf", Render)
            .WithName("GetJurisdictionReportPdf")
            .WithSummary("辖区监管报告 PDF (jurisdiction report: risk mix, sub-divisions, worst enterprises, overdue orders, every enterprise; issued and archived)")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesAccessProblems();
        return api;
    }

    private static async Task<IResult> Render(
        string code, HttpContext context, IGrainFactory grains, RollupMemberStore members, ReportIssuer issuer, TimeProvider clock,
        ReportBaseUrl baseUrl, CancellationToken cancellationToken)
    {
        var division = JurisdictionsApi.Resolve(code, context, new ProblemErrors(), out var refusal);
        if (refusal is not null) return refusal;
        if (IssuedPdf.NewIssue(baseUrl) is not { } issue) return IssuedPdf.BaseUrlMissing();

        var scope = CallerScope.From(context.User);
        var data = await JurisdictionReportMapper.ReadAsync(division, OfficeOf(scope), grains, members, clock.GetUtcNow(), cancellationToken);
        using var pdf = new MemoryStream();

        // The enterprise list is read from storage while the pages are drawn: off the request thread.
        await Task.Run(() => JurisdictionReport.Render(data, issue, pdf), cancellationToken);
        var bytes = pdf.ToArray();
        var issued = await issuer.IssueForDivisionAsync(issue.ReportId, Kind, division.Value, bytes, cancellationToken);
        return IssuedPdf.Answer(context, issued, bytes, $"jurisdiction-{division.Value}-{issue.ReportId[..8]}.pdf");
    }

    private static string OfficeOf(CallerScope scope) =>
        scope.Roles.Contains(Roles.PostalRegulator) ? "邮政管理部门"
        : scope.Roles.Contains(Roles.CyberspaceRegulator) ? "网信部门"
        : scope.IsProsecutor ? "检察机关"
        : "ComplianceHub 系统管理员";
}
