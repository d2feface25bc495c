using ComplianceHub.Abstractions.Rollups;
using ComplianceHub.Domain.Divisions;
using ComplianceHub.Domain.Rollups;
using ComplianceHub.Grains.Compliance;
using ComplianceHub.Grains.Rollups;
using ComplianceHub.Server.Auth;
using ComplianceHub.Server.Http;
using Microsoft.Extensions.Options;

namespace ComplianceHub.Server.Jurisdictions;

/// <summary>Division roll-ups and the risk-ranked inspection plan; regulators and prosecutors read their own division.</summary>
public static class JurisdictionsApi
{
    public const int DefaultPlanLimit = 20;

    public const int MaxPlanLimit = 200;

    /// <summary>Binds <c>Rollups:*</c> and <c>InspectionPlan:*</c>, refusing weights that make no sense.</summary>
    public static IServiceCollection AddJurisdictionsApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RollupOptions>().Bind(configuration.GetSection(RollupOptions.SectionName))
            .Validate(o => o.PushInterval > TimeSpan.Zero, "Rollups:PushInterval must be positive")
            .ValidateOnStart();
        services.AddOptions<InspectionPriorityOptions>().Bind(configuration.GetSection(InspectionPriorityOptions.SectionName))
            .Validate(o => o.Problems().Count == 0, "InspectionPlan has a negative or zero weight")
            .ValidateOnStart();
        return services;
    }

    public static RouteGroupBuilder MapJurisdictionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/jurisdictions").WithTags("Jurisdictions").RequireAuthorization();
        api.MapGet("/{code}", Get)
            .WithName("GetJurisdiction")
            .WithSummary("辖区汇总：风险分布、覆盖率、整改、下级与最差企业 (a division's roll-up)")
            .Produces<JurisdictionResponse>()
            .ProducesAccessProblems();
        api.MapGet("/{code}/inspection-plan", Plan)
            .WithName("GetInspectionPlan")
            .WithSummary("按风险排序的检查计划 (risk-ranked inspection plan)")
            .Produces<InspectionPlanResponse>()
            .ProducesAccessProblems();
        return api;
    }

    private static async Task<IResult> Get(string code, HttpContext context, IGrainFactory grains, TimeProvider clock)
    {
        var errors = new ProblemErrors();
        var division = Resolve(code, context, errors, out var refusal);
        if (refusal is not null) return refusal;

        var view = await grains.GetGrain<IJurisdictionGrain>(division.Value).GetView();
        return TypedResults.Ok(JurisdictionResponse.From(division, view, clock.GetUtcNow()));
    }

    private static async Task<IResult> Plan(
        string code, int? limit, HttpContext context, IGrainFactory grains, TimeProvider clock,
        IOptions<ComplianceOptions> compliance, IOptions<InspectionPriorityOptions> weights)
    {
        var errors = new ProblemErrors();
        var take = limit ?? DefaultPlanLimit;
        if (take is < 1 or > MaxPlanLimit)
        {
            errors.Add("limit", $"检查数量须为 1–{MaxPlanLimit} (limit must be 1–{MaxPlanLimit})");
        }

        var division = Resolve(code, context, errors, out var refusal);
        if (refusal is not null) return refusal;

        var now = clock.GetUtcNow();
        var enterprises = await grains.GetGrain<IJurisdictionGrain>(division.Value).GetPlan(now, take);
        var ranked = InspectionPriority.Rank(enterprises, now, take, compliance.Value.LabelWindowDays, weights.Value);
        return TypedResults.Ok(new InspectionPlanResponse(
            division.Value, DivisionNames.Own(division), take, now,
            ranked.Select((c, i) => PlanEntryResponse.From(i + 1, c, now)).ToList()));
    }

    /// <summary>400 for a malformed code (or any field error already collected), 404 for one not in GB/T 2260, 403 outside the caller's division.</summary>
    internal static DivisionCode Resolve(string code, HttpContext context, ProblemErrors errors, out IResult? refusal)
    {
        refusal = null;
        if (!DivisionCode.TryParse(code, out var division, out var codeError))
        {
            errors.Add("code", codeError);
        }

        if (errors.Any)
        {
            refusal = errors.ToProblem();
            return default;
        }

        if (!DivisionCatalog.Default.Contains(division))
        {
            refusal = Problems.NotFound($"行政区划代码 {division} 不存在 (no GB/T 2260 division {division}).");
            return default;
        }

        if (!CallerScope.From(context.User).CanList(DivisionPrefix.FromCode(division)))
        {
            refusal = Problems.Forbidden("只能查看本辖区 (you may read only your own division).");
        }

        return division;
    }
}
