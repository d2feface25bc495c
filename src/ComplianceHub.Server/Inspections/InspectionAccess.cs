using ComplianceHub.Abstractions.Enterprises;
using ComplianceHub.Abstractions.Inspections;
using ComplianceHub.Domain.Divisions;
using ComplianceHub.Domain.Enterprises;
using ComplianceHub.Domain.Inspections;
using ComplianceHub.Server.Auth;
using ComplianceHub.Server.Http;

namespace ComplianceHub.Server.Inspections;

/// <summary>
/// The read path every per-inspection endpoint starts with: parse the id, find the inspection and its
/// enterprise, and check the caller may read the enterprise (the enterprise itself, regulators and
/// prosecutors of its division, admins). Writing needs more, checked by each endpoint.
/// </summary>
public static class InspectionAccess
{
    public static async Task<InspectionRead> ReadAsync(string id, HttpContext context, IGrainFactory grains)
    {
        if (!Guid.TryParse(id, out var key))
        {
            var errors = new ProblemErrors();
            errors.Add("id", "检查编号须为 GUID (inspection id must be a GUID)");
            return InspectionRead.Fail(errors.ToProblem());
        }

        var view = await grains.GetGrain<IInspectionGrain>(key).GetView();
        if (view is null)
        {
            return InspectionRead.Fail(Problems.NotFound($"无此检查 {key:D} (no inspection {key:D})."));
        }

        var scope = CallerScope.From(context.User);
        var enterpriseId = EnterpriseId.Parse(view.Inspection.EnterpriseId);
        var enterprise = await grains.GetGrain<IEnterpriseGrain>(enterpriseId.ToString()).GetView();
        var current = DivisionCode.Parse(enterprise!.Profile.Division);

        // Inspections opened before the division was recorded belong to the enterprise's current division.
        var openedIn = DivisionCode.TryParse(view.Inspection.Division, out var recorded, out _) ? recorded : current;
        return scope.CanReadInspection(enterpriseId, current, openedIn)
            ? new InspectionRead(key, view, openedIn, scope, null)
            : InspectionRead.Fail(Problems.Forbidden("无权查看该检查 (this inspection is outside what you may read)."));
    }

    /// <summary>
    /// Reads, then requires the caller to be a regulator of the inspection's authority governing the division it was
    /// opened in: a move of the enterprise does not hand an open inspection to another office.
    /// </summary>
    public static async Task<InspectionRead> ForInspectorAsync(string id, HttpContext context, IGrainFactory grains)
    {
        var read = await ReadAsync(id, context, grains);
        return read.Problem is not null || read.Caller!.CanInspect(read.View!.Inspection.Authority, read.Division)
            ? read
            : InspectionRead.Fail(Problems.Forbidden("只有本部门、本辖区的监管人员可办理该检查 (only regulators of this authority and division act in this inspection)."));
    }

    /// <summary>For a follow-up, the orders of the inspection it follows up (what it is there to review); null otherwise.</summary>
    public static async Task<IReadOnlyList<OrderRecord>?> ReviewedOrdersAsync(InspectionView view, IGrainFactory grains)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(grains);
        return view.Inspection.FollowUpOf is { } original && Guid.TryParse(original, out var key)
            ? (await grains.GetGrain<IInspectionGrain>(key).GetView())?.Inspection.Orders
            : null;
    }
}
