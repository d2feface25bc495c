namespace ComplianceHub.Domain.Inspections;

/// <summary>An unverified order of one of the enterprise's inspections: what jurisdictions count as open or overdue.</summary>
public sealed record OpenOrder(string OrderId, string InspectionId, InspectionAuthority Authority, DateOnly Deadline, bool Submitted)
{
    public bool IsOverdueAt(DateTimeOffset now) => OrderDeadlines.IsOverdue(Deadline, verified: false, now);

    public OrderStatus StatusAt(DateTimeOffset now) => OrderDeadlines.StatusOf(Deadline, Submitted, verified: false, now);
}
