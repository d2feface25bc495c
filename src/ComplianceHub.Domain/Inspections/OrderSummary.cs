namespace ComplianceHub.Domain.Inspections;

/// <summary>An order as the enterprise's ledger keeps it: enough to count open and overdue orders at any instant.</summary>
public sealed record OrderSummary(string OrderId, DateOnly Deadline, bool Submitted, bool Verified)
{
    public OrderStatus StatusAt(DateTimeOffset now) => OrderDeadlines.StatusOf(Deadline, Submitted, Verified, now);

    public static OrderSummary Of(OrderRecord order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new(order.OrderId, order.Deadline, order.Submission is not null, order.IsVerified);
    }
}
