using ComplianceHub.Abstractions.Enterprises;
using ComplianceHub.Domain.Divisions;
using ComplianceHub.Domain.Enterprises;
using ComplianceHub.Server.Auth;
using ComplianceHub.Server.Http;

namespace ComplianceHub.Server.Enterprises;

/// <summary>
/// The one read path every per-enterprise endpoint starts with: parse the id, find the enterprise,
/// check the caller may see it. An enterprise caller asking for another is refused before any lookup.
/// </summary>
public static class EnterpriseAccess
{
    public static async Task<EnterpriseRead> ReadAsync(string id, HttpContext context, IGrainFactory grains)
    {
        if (!EnterpriseId.TryParse(id, out var enterpriseId, out var idError))
        {
            var errors = new ProblemErrors();
            errors.Add("id", idError ?? "企业标识无效 (invalid enterprise id)");
            return EnterpriseRead.Fail(errors.ToProblem());
        }

        var scope = CallerScope.From(context.User);
        if (scope.CannotRead(enterpriseId))
        {
            return EnterpriseRead.Fail(Problems.Forbidden("企业账号只能查看本企业 (an enterprise may read only itself)."));
        }

        var view = await grains.GetGrain<IEnterpriseGrain>(enterpriseId.ToString()).GetView();
        if (view is null)
        {
            return EnterpriseRead.Fail(Problems.EnterpriseNotFound(enterpriseId.ToString()));
        }

        if (!scope.CanRead(enterpriseId, DivisionCode.Parse(view.Profile.Division)))
        {
            return EnterpriseRead.Fail(Problems.Forbidden("该企业不在您的辖区 (this enterprise is outside your division)."));
        }

        return EnterpriseRead.Ok(enterpriseId, view, scope);
    }
}
