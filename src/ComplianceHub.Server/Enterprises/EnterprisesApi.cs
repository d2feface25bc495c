using ComplianceHub.Abstractions.Enterprises;
using ComplianceHub.Domain.Divisions;
using ComplianceHub.Domain.Enterprises;
using ComplianceHub.Domain.Time;
using ComplianceHub.Server.Auth;
using ComplianceHub.Server.Http;
using ComplianceHub.Storage.Directory;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ComplianceHub.Server.Enterprises;

public static class EnterprisesApi
{
    /// <summary>A profile is a few hundred bytes; anything near this is not a profile.</summary>
    public const long MaxProfileBytes = 16 * 1024;

    public const int DefaultPageSize = 50;

    public const int MaxPageSize = 200;

    public static RouteGroupBuilder MapEnterprisesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/enterprises").WithTags("Enterprises").RequireAuthorization();
        api.MapPut("/{id}", Register)
            .WithName("RegisterEnterprise")
            .WithSummary("登记或更新企业 (register or update an enterprise)")
            .Accepts<RegisterEnterpriseRequest>("application/json")
            .Produces<EnterpriseResponse>(StatusCodes.Status201Created)
            .Produces<EnterpriseResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        api.MapGet("/{id}", Get)
            .WithName("GetEnterprise")
            .WithSummary("企业档案 (an enterprise's profile)")
            .Produces<EnterpriseResponse>()
            .ProducesAccessProblems();
        api.MapGet("/", List)
            .WithName("ListEnterprises")
            .WithSummary("按行政区划列出企业，分页 (enterprises in a division, paged)");
        return api;
    }

    private static async Task<IResult> Register(
        string id, HttpRequest request, IGrainFactory grains, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new ProblemErrors();
        if (!EnterpriseId.TryParse(id, out var enterpriseId, out var idError))
        {
            errors.Add("id", idError ?? "企业标识无效 (invalid enterprise id)");
            return errors.ToProblem();
        }

        var body = await JsonBody.ReadAsync<RegisterEnterpriseRequest>(request, MaxProfileBytes, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        var today = ChinaTime.DateOf(clock.GetUtcNow());
        var profile = EnterpriseRequestValidator.Validate(body.Value!, today, errors);
        if (profile is null)
        {
            return errors.ToProblem();
        }

        var scope = CallerScope.From(request.HttpContext.User);
        var grain = grains.GetGrain<IEnterpriseGrain>(enterpriseId.ToString());
        var existing = await grain.GetView();
        DivisionCode? previous = existing is null ? null : DivisionCode.Parse(existing.Profile.Division);
        if (!scope.CanRegister(enterpriseId, DivisionCode.Parse(profile.Division), previous))
        {
            return Problems.Forbidden("只能登记本辖区内的企业或本企业 (you may register only enterprises in your division, or yourself).");
        }

        var result = await grain.Register(new RegisterEnterprise(profile, scope.Actor));
        var response = EnterpriseResponse.From(result.Enterprise);
        return result.Created
            ? TypedResults.Created($"/api/v1/enterprises/{response.Id}", response)
            : TypedResults.Ok(response);
    }

    private static async Task<IResult> Get(string id, HttpContext context, IGrainFactory grains)
    {
        var read = await EnterpriseAccess.ReadAsync(id, context, grains);
        if (read.Problem is not null)
        {
            return read.Problem;
        }

        var grain = grains.GetGrain<IEnterpriseGrain>(read.Id.ToString());
        var compliance = await grain.GetCompliance();
        return TypedResults.Ok(EnterpriseResponse.From(read.Enterprise!, compliance, await grain.GetInspections()));
    }

    private static async Task<Results<Ok<EnterpriseListResponse>, ValidationProblem, ProblemHttpResult>> List(
        HttpContext context, EnterpriseDirectory directory, string? division, int? limit, string? cursor, CancellationToken cancellationToken)
    {
        var scope = CallerScope.From(context.User);
        var errors = new ProblemErrors();
        // Without a division the caller's whole listable area is meant: its governed division, the nation for an admin.
        var prefix = DivisionPrefix.Nation;
        if (division is null)
        {
            if ((scope.Division ?? scope.Listable) is { } listable)
            {
                prefix = listable;
            }
            else
            {
                errors.Add("division", "请指定行政区划 (division is required)");
            }
        }
        else if (!DivisionPrefix.TryParse(division, out prefix, out var divisionError))
        {
            errors.Add("division", divisionError ?? "行政区划前缀无效 (invalid division prefix)");
        }

        var pageSize = limit ?? DefaultPageSize;
        if (pageSize is < 1 or > MaxPageSize)
        {
            errors.Add("limit", $"每页 1–{MaxPageSize} 条 (limit must be 1–{MaxPageSize})");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (!scope.CanList(prefix))
        {
            return Problems.Forbidden("只能列出本辖区的企业 (you may list only your own division).");
        }

        try
        {
            var page = await directory.ListAsync(prefix.Value, pageSize, cursor, cancellationToken);
            return TypedResults.Ok(new EnterpriseListResponse(prefix.ToString(), page.Items, page.Cursor));
        }
        catch (Exception ex) when (cursor is not null && ex is ArgumentException or Azure.RequestFailedException { Status: 400 })
        {
            errors.Add("cursor", "分页游标无效 (invalid cursor)");
            return errors.ToProblem();
        }
    }
}
