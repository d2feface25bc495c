using ComplianceHub.Abstractions.Enterprises;
using ComplianceHub.Domain.Inspections;
using ComplianceHub.Grains.Compliance;
using ComplianceHub.Reports.Data;
using ComplianceHub.Reports.Documents;
using ComplianceHub.Reports.Verification;
using ComplianceHub.Server.Http;
using ComplianceHub.Server.Reports;
using Microsoft.Extensions.Options;

namespace ComplianceHub.Server.Inspections;

public static class InspectionReportApi
{
    public static RouteGroupBuilder MapInspectionReportApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/inspections/{id}").WithTags("Reports").RequireAuthorization();
        api.MapGet("/report.pdf", Render)
            .WithName("GetInspectionReportPdf")
            .WithSummary("检查报告 PDF (the postal or cyberspace inspection report; issued, archived and hash-recorded like every report)")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesAccessProblems();
        return api;
    }

    /// <summary>
    /// Whoever may read the inspection may print it. The document is rendered from one read of the
    /// inspection and one consistent snapshot of the enterprise; <paramref name="authority"/>, when given,
    /// must be the inspection's own (a postal inspection is never printed as a cyberspace report).
    /// </summary>
    private static async Task<IResult> Render(
        string id, string? authority, HttpContext context, IGrainFactory grains, ReportIssuer issuer, IOptions<ComplianceOptions> compliance,
        ReportBaseUrl baseUrl, CancellationToken cancellationToken)
    {
        var read = await InspectionAccess.ReadAsync(id, context, grains);
        if (read.Problem is not null)
        {
            return read.Problem;
        }

        if (IssuedPdf.NewIssue(baseUrl) is not { } issue)
        {
            return IssuedPdf.BaseUrlMissing();
        }

        var inspection = read.View!.Inspection;
        if (authority is not null && (!InspectionAuthorities.TryParse(authority, out var asked) || asked != inspection.Authority))
        {
            var errors = new ProblemErrors();
            errors.Add("authority", $"该检查由{InspectionAuthorities.ChineseName(inspection.Authority)}办理，authority 须为 {InspectionAuthorities.ToWireName(inspection.Authority)} (authority must be the inspection's own)");
            return errors.ToProblem();
        }

        var snapshot = await grains.GetGrain<IEnterpriseGrain>(inspection.EnterpriseId).GetReportSnapshot(SelfAssessmentApi.LabelDays);
        var data = new InspectionReportData(
            EnterpriseReportMapper.ToReportData(snapshot, compliance.Value.Rulebook),
            InspectionReportMapper.ToDetails(read.View, read.Division, await InspectionAccess.ReviewedOrdersAsync(read.View, grains)));
        using var pdf = new MemoryStream();
        var kind = inspection.Authority == InspectionAuthority.Postal ? "postal-inspection" : "cyberspace-inspection";
        if (inspection.Authority == InspectionAuthority.Postal)
        {
            PostalInspectionReport.Render(data, issue, pdf);
        }
        else
        {
            CyberspaceInspectionReport.Render(data, issue, pdf);
        }

        var bytes = pdf.ToArray();
        var issued = await issuer.IssueAsync(issue.ReportId, kind, inspection.EnterpriseId, snapshot.Enterprise.EvidenceSeq, bytes, read.Caller!.Actor, cancellationToken);
        return IssuedPdf.Answer(context, issued, bytes, $"{kind}-{inspection.InspectionId[..8]}-{issue.ReportId[..8]}.pdf");
    }
}
