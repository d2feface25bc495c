using ComplianceHub.Domain.Divisions;
using ComplianceHub.Domain.Enterprises;
using ComplianceHub.Server.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ComplianceHub.Server.Auth;

public static class DevTokenApi
{
    /// <summary>
    /// <c>GET /dev/token</c>: mapped only in Development (and only when dev tokens are the auth mode),
    /// so it does not exist in Production.
    /// </summary>
    public static IEndpointRouteBuilder MapDevTokenApi(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetService<DevTokenIssuer>() is null)
        {
            return app;
        }

        app.MapGet("/dev/token", IssueToken)
            .WithName("IssueDevToken")
            .WithSummary("开发令牌 (development token): role, division, enterprise")
            .WithTags("Development")
            .AllowAnonymous();
        return app;
    }

    private static Results<Ok<DevToken>, ValidationProblem> IssueToken(
        DevTokenIssuer issuer, string? role, string? division, string? enterprise, string? subject)
    {
        var errors = new ProblemErrors();
        if (role is null || !Roles.All.Contains(role))
        {
            errors.Add("role", $"角色未知，可选 {string.Join(", ", Roles.All)} (unknown role)");
        }

        if (division is not null && !DivisionPrefix.TryParse(division, out _, out var divisionError))
        {
            errors.Add("division", divisionError ?? "行政区划前缀无效 (invalid division prefix)");
        }

        if (enterprise is not null && !EnterpriseId.TryParse(enterprise, out _, out var enterpriseError))
        {
            errors.Add("enterprise", enterpriseError ?? "企业标识无效 (invalid enterprise id)");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        return TypedResults.Ok(issuer.Issue(role!, division, enterprise, subject ?? $"dev-{role}"));
    }
}
