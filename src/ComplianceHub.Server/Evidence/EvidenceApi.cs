using ComplianceHub.Domain.Evidence;
using ComplianceHub.Server.Enterprises;
using ComplianceHub.Server.Http;
using ComplianceHub.Storage.Evidence;

namespace ComplianceHub.Server.Evidence;

public static class EvidenceApi
{
    public static IServiceCollection AddEvidenceApi(this IServiceCollection services) => services.AddSingleton<EvidenceAudit>();

    public static RouteGroupBuilder MapEvidenceApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/enterprises/{id}/evidence").WithTags("Evidence").RequireAuthorization();
        api.MapGet("/log", GetLog)
            .WithName("GetEvidenceLog")
            .WithSummary("企业证据链日志，按序流式输出 (the enterprise's hash-chained evidence log, streamed in order)")
            .Produces<IAsyncEnumerable<EvidenceEntry>>()
            .ProducesAccessProblems();
        return api;
    }

    private static async Task<IResult> GetLog(
        string id, long? from, HttpContext context, IGrainFactory grains, EvidenceLogStore store, EvidenceAudit audit)
    {
        if (from is < 1)
        {
            var errors = new ProblemErrors();
            errors.Add("from", "起始序号从 1 开始 (from starts at 1)");
            return errors.ToProblem();
        }

        var read = await EnterpriseAccess.ReadAsync(id, context, grains);
        if (read.Problem is not null)
        {
            return read.Problem;
        }

        // Every export of evidence is itself recorded: who pulled which log, from where, up to which head.
        var enterpriseId = read.Id.ToString();
        audit.Exported(read.Caller!.Actor, enterpriseId, from ?? 1, read.Enterprise!.EvidenceSeq);
        return TypedResults.Ok(store.ReadAsync(enterpriseId, from ?? 1, context.RequestAborted));
    }
}
