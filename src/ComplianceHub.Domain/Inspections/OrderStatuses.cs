namespace ComplianceHub.Domain.Inspections;

/// <summary>Wire and Chinese names of <see cref="OrderStatus"/>.</summary>
public static class OrderStatuses
{
    private static readonly WireNames<OrderStatus> Names = new(
        (OrderStatus.Open, "open", "整改中"),
        (OrderStatus.Submitted, "submitted", "已提交整改材料"),
        (OrderStatus.Verified, "verified", "已复查通过"),
        (OrderStatus.Overdue, "overdue", "逾期未整改"));

    public static string ToWireName(OrderStatus status) => Names.ToWireName(status);

    public static string ChineseName(OrderStatus status) => Names.ChineseName(status);
}
