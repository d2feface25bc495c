using ComplianceHub.Domain.Inspections;

namespace ComplianceHub.Server.Inspections;

/// <summary>An unverified order of the enterprise, with its status (open, submitted or overdue) as of now.</summary>
public sealed record OpenOrderResponse(string OrderId, string InspectionId, string Authority, DateOnly Deadline, string Status, int DaysOverdue)
{
    public static OpenOrderResponse From(OpenOrder o, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(o);
        var status = o.StatusAt(now);
        return new(
            o.OrderId, o.InspectionId, InspectionAuthorities.ToWireName(o.Authority), o.Deadline, OrderStatuses.ToWireName(status),
            status == OrderStatus.Overdue ? OrderDeadlines.DaysOverdue(o.Deadline, now) : 0);
    }
}
