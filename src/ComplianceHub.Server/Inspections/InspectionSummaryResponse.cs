using ComplianceHub.Domain.Inspections;

namespace ComplianceHub.Server.Inspections;

/// <summary>One line of an enterprise's inspection list.</summary>
public sealed record InspectionSummaryResponse(
    string Id, string Authority, string Kind, DateOnly PlannedOn, DateOnly? PerformedOn, string Status, string? FollowUpOf, int Orders, int OverdueOrders)
{
    public static InspectionSummaryResponse From(InspectionSummary s, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(
            s.InspectionId, InspectionAuthorities.ToWireName(s.Authority), InspectionKinds.ToWireName(s.Kind), s.PlannedOn, s.PerformedOn,
            InspectionStatuses.ToWireName(s.Status), s.FollowUpOf, s.Orders.Count, s.Orders.Count(o => o.StatusAt(now) == OrderStatus.Overdue));
    }
}
