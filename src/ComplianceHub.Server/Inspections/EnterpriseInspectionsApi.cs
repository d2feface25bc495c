using ComplianceHub.Abstractions.Enterprises;
using ComplianceHub.Domain.Inspections;
using ComplianceHub.Server.Enterprises;
using ComplianceHub.Server.Http;

namespace ComplianceHub.Server.Inspections;

public static class EnterpriseInspectionsApi
{
    public static RouteGroupBuilder MapEnterpriseInspectionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/enterprises/{id}/inspections").WithTags("Inspections").RequireAuthorization();
        api.MapGet("/", List)
            .WithName("ListEnterpriseInspections")
            .WithSummary("企业的检查与整改通知，逾期按当前时间计算 (an enterprise's inspections and unverified orders, overdue as of now)")
            .Produces<EnterpriseInspectionsResponse>()
            .ProducesAccessProblems();
        return api;
    }

    private static async Task<IResult> List(string id, HttpContext context, IGrainFactory grains, TimeProvider clock)
    {
        var read = await EnterpriseAccess.ReadAsync(id, context, grains);
        if (read.Problem is not null)
        {
            return read.Problem;
        }

        var ledger = await grains.GetGrain<IEnterpriseGrain>(read.Id.ToString()).GetInspections();
        var now = clock.GetUtcNow();
        var open = ledger.OpenOrders;
        return TypedResults.Ok(new EnterpriseInspectionsResponse(
            read.Id.ToString(), ledger.Count, ledger.LastInspectedOn(InspectionAuthority.Postal), ledger.LastInspectedOn(InspectionAuthority.Cyberspace),
            open.Count, open.Count(o => o.IsOverdueAt(now)),
            [.. ledger.Inspections.Select(i => InspectionSummaryResponse.From(i, now))],
            [.. open.Select(o => OpenOrderResponse.From(o, now))],
            now));
    }
}
