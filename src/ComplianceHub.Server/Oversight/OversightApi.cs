using ComplianceHub.Domain.Divisions;
using ComplianceHub.Reports.Data;
using ComplianceHub.Reports.Documents;
using ComplianceHub.Server.Auth;
using ComplianceHub.Server.Http;
using ComplianceHub.Server.Jurisdictions;

namespace ComplianceHub.Server.Oversight;

/// <summary>
/// The "knew and did not act" timeline of a division, for a procuratorate preparing an administrative public-interest
/// case (and admins): JSON, and the same as a PDF annex. Regulators are refused: it is about them.
/// </summary>
public static class OversightApi
{
    public static IServiceCollection AddOversightApi(this IServiceCollection services) => services.AddSingleton<InactionTimelineBuilder>();

    public static RouteGroupBuilder MapOversightApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/jurisdictions/{code}").WithTags("Oversight").RequireAuthorization();
        api.MapGet("/inaction-timeline", GetJson)
            .WithName("GetInactionTimeline")
            .WithSummary("监管履职时间线：严重问题与逾期整改何时可见、首次查阅与处置 (\"knew and did not act\": when each problem was visible to the division's regulators and what followed)")
            .Produces<InactionTimelineResponse>()
            .ProducesAccessProblems();
        api.MapGet("/inaction-timeline.pdf", GetPdf)
            .WithName("GetInactionTimelinePdf")
            .WithSummary("监管履职时间线 PDF 附件 (the same timeline as a PDF annex)")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesAccessProblems();
        return api;
    }

    private static async Task<IResult> GetJson(string code, HttpContext context, InactionTimelineBuilder builder)
    {
        var (division, refusal) = Resolve(code, context);
        return refusal ?? TypedResults.Ok(await builder.BuildAsync(division, context.RequestAborted));
    }

    private static async Task<IResult> GetPdf(string code, HttpContext context, InactionTimelineBuilder builder)
    {
        var (division, refusal) = Resolve(code, context);
        if (refusal is not null) return refusal;
        var timeline = await builder.BuildAsync(division, context.RequestAborted);
        var rows = timeline.Enterprises.SelectMany(e => e.Items.Select(i => new InactionRow(
            $"{e.Name}（{e.EnterpriseId}）", i.What, i.Title, i.VisibleSince, i.FirstRead?.Time, (i.Actions.Count > 0 ? i.Actions[0].Time : null), i.ClearedAt,
            i.DaysWithoutAction, i.StillWithoutAction, (i.Actions.Count > 0 ? i.Actions[0].Seq : null)))).ToList();
        var pdf = InactionAnnex.Render(timeline.Division, timeline.GeneratedAt, timeline.EnterprisesExamined, timeline.Truncated, rows);
        return TypedResults.File(pdf, "application/pdf", $"inaction-timeline-{timeline.Division}.pdf");
    }

    private static (DivisionCode Division, IResult? Refusal) Resolve(string code, HttpContext context)
    {
        var division = JurisdictionsApi.Resolve(code, context, new ProblemErrors(), out var refusal);
        if (refusal is not null) return (division, refusal);
        var caller = CallerScope.From(context.User);
        return caller.IsAdmin || caller.IsProsecutor
            ? (division, null)
            : (division, Problems.Forbidden("履职时间线仅供检察机关与管理员调取 (the timeline is for prosecutors and admins)."));
    }
}
