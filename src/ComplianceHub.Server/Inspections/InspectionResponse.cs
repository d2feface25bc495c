using ComplianceHub.Abstractions.Inspections;
using ComplianceHub.Domain.Inspections;

namespace ComplianceHub.Server.Inspections;

/// <summary>An inspection as the API shows it; order statuses (overdue included) are as of <see cref="EvaluatedAt"/>.</summary>
public sealed record InspectionResponse(
    string Id,
    string EnterpriseId,
    string Authority,
    string AuthorityName,
    string Kind,
    string KindName,
    DateOnly PlannedOn,
    DateOnly? PerformedOn,
    string? FollowUpOf,
    string Status,
    string StatusName,
    string OpenedBy,
    DateTimeOffset OpenedAt,
    DateTimeOffset? ClosedAt,
    string ChecklistVersion,
    BaselineResponse Baseline,
    IReadOnlyList<AnswerResponse> Answers,
    IReadOnlyList<InspectorFinding> Findings,
    IReadOnlyList<OrderResponse> Orders,
    int OpenOrders,
    int OverdueOrders,
    DateTimeOffset EvaluatedAt,
    IReadOnlyList<OrderResponse>? ReviewedOrders = null)
{
    /// <param name="reviewed">For a follow-up: the original inspection's orders it reviews, shown with their status now.</param>
    public static InspectionResponse From(InspectionView view, IReadOnlyList<OrderRecord>? reviewed = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        var i = view.Inspection;
        var now = view.EvaluatedAt;
        var checklist = InspectionChecklist.For(i.Authority);
        var orders = i.Orders.Select(o => OrderResponse.From(o, now)).ToList();
        return new(
            i.InspectionId, i.EnterpriseId, InspectionAuthorities.ToWireName(i.Authority), InspectionAuthorities.ChineseName(i.Authority),
            InspectionKinds.ToWireName(i.Kind), InspectionKinds.ChineseName(i.Kind), i.PlannedOn, i.PerformedOn, i.FollowUpOf,
            InspectionStatuses.ToWireName(i.Status), InspectionStatuses.ChineseName(i.Status), i.OpenedBy, i.OpenedAt, i.ClosedAt, i.ChecklistVersion,
            BaselineResponse.From(i.Baseline), [.. i.Answers.Select(a => AnswerResponse.From(a, checklist))], i.Findings, orders,
            i.Orders.Count(o => !o.IsVerified), i.Orders.Count(o => o.StatusAt(now) == OrderStatus.Overdue), now,
            reviewed is null ? null : [.. reviewed.Select(o => OrderResponse.From(o, now))]);
    }
}
