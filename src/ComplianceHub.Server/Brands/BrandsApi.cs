using ComplianceHub.Abstractions.Rollups;
using ComplianceHub.Server.Auth;
using ComplianceHub.Server.Enterprises;
using ComplianceHub.Server.Http;

namespace ComplianceHub.Server.Brands;

/// <summary>
/// Brands (franchisors). A regulator or prosecutor sees a brand over the outlets in its own division, an admin
/// over all of them. Enterprises are refused: a franchisor's view of its outlets is not what this hub grants
/// (a franchisor account would need its own role and a brand claim).
/// </summary>
public static class BrandsApi
{
    public static RouteGroupBuilder MapBrandsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/brands").WithTags("Brands").RequireAuthorization();
        api.MapGet("/{brandId}", Get)
            .WithName("GetBrand")
            .WithSummary("品牌（加盟总部）旗下网点汇总 (a brand over its outlets)")
            .Produces<BrandResponse>()
            .ProducesAccessProblems();
        return api;
    }

    private static async Task<IResult> Get(string brandId, HttpContext context, IGrainFactory grains, TimeProvider clock)
    {
        if (!EnterpriseRequestValidator.IsBrandId(brandId))
        {
            var errors = new ProblemErrors();
            errors.Add("brandId", $"品牌标识只含小写字母、数字和 '-'，不超过 {EnterpriseRequestValidator.MaxBrandIdLength} 字符 (brandId: lowercase letters, digits and '-')");
            return errors.ToProblem();
        }

        if (CallerScope.From(context.User).Listable is not { } visible)
        {
            return Problems.Forbidden("品牌汇总仅供监管、检察和管理员查看 (brands are for regulators, prosecutors and admins).");
        }

        var view = await grains.GetGrain<IBrandGrain>(brandId).GetView(visible.Value);
        if (view.Summary.Aggregate.Enterprises == 0)
        {
            return Problems.NotFound($"您的辖区内没有品牌 {brandId} 的网点 (no outlets of brand {brandId} in your division).");
        }

        return TypedResults.Ok(BrandResponse.From(view, visible, clock.GetUtcNow()));
    }
}
