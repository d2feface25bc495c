using ComplianceHub.Abstractions.Enterprises;
using ComplianceHub.Server.Enterprises;
using ComplianceHub.Server.Http;

namespace ComplianceHub.Server.Compliance;

public static class FindingsApi
{
    public static RouteGroupBuilder MapFindingsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/enterprises/{id}").WithTags("Findings").RequireAuthorization();
        api.MapGet("/findings", GetFindings)
            .WithName("GetFindings")
            .WithSummary("合规发现与评分 (findings against the rulebook, each with its legal basis; score and risk level)")
            .Produces<FindingsResponse>()
            .ProducesAccessProblems();
        return api;
    }

    private static async Task<IResult> GetFindings(string id, HttpContext context, IGrainFactory grains)
    {
        var read = await EnterpriseAccess.ReadAsync(id, context, grains);
        if (read.Problem is not null)
        {
            return read.Problem;
        }

        var view = await grains.GetGrain<IEnterpriseGrain>(read.Id.ToString()).GetCompliance();
        return TypedResults.Ok(FindingsResponse.From(read.Id.ToString(), view, read.Enterprise!.Profile.Kind));
    }
}
