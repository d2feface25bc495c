using ComplianceHub.Abstractions.Enterprises;
using ComplianceHub.Grains.Compliance;
using ComplianceHub.Reports.Documents;
using ComplianceHub.Reports.Verification;
using ComplianceHub.Server.Enterprises;
using Microsoft.Extensions.Options;
using ComplianceHub.Server.Http;

namespace ComplianceHub.Server.Reports;

public static class SelfAssessmentApi
{
    /// <summary>The coverage chart of a report covers this many days.</summary>
    public const int LabelDays = 90;

    public const string Kind = "self-assessment";

    public static RouteGroupBuilder MapSelfAssessmentApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/enterprises/{id}").WithTags("Reports").RequireAuthorization();
        api.MapGet("/self-assessment.pdf", Render)
            .WithName("GetSelfAssessmentPdf")
            .WithSummary("企业自查报告 PDF (self-assessment report: score, findings, what to do; issued, archived and hash-recorded)")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesAccessProblems();
        return api;
    }

    private static async Task<IResult> Render(
        string id, HttpContext context, IGrainFactory grains, ReportIssuer issuer, IOptions<ComplianceOptions> compliance,
        ReportBaseUrl baseUrl, CancellationToken cancellationToken)
    {
        var read = await EnterpriseAccess.ReadAsync(id, context, grains);
        if (read.Problem is not null)
        {
            return read.Problem;
        }

        if (IssuedPdf.NewIssue(baseUrl) is not { } issue)
        {
            return IssuedPdf.BaseUrlMissing();
        }

        var snapshot = await grains.GetGrain<IEnterpriseGrain>(read.Id.ToString()).GetReportSnapshot(LabelDays);
        var data = EnterpriseReportMapper.ToReportData(snapshot, compliance.Value.Rulebook);
        using var pdf = new MemoryStream();
        SelfAssessmentReport.Render(data, issue, pdf);
        var bytes = pdf.ToArray();
        var issued = await issuer.IssueAsync(issue.ReportId, Kind, read.Id.ToString(), snapshot.Enterprise.EvidenceSeq, bytes, read.Caller!.Actor, cancellationToken);
        return IssuedPdf.Answer(context, issued, bytes, $"self-assessment-{read.Id}-{issue.ReportId[..8]}.pdf");
    }
}
