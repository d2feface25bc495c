namespace ComplianceHub.Domain.Inspections;

/// <summary>Wire and Chinese names of <see cref="OrderStatus"/>.</summary>
public static class OrderStatuses
{
    public static string ToWireName(OrderStatus status) => status switch
    {
        OrderStatus.Open => "open",
        OrderStatus.Submitted => "submitted",
        OrderStatus.Verified => "verified",
        OrderStatus.Overdue => "overdue",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string ChineseName(OrderStatus status) => status switch
    {
        OrderStatus.Open => "整改中",
        OrderStatus.Submitted => "已提交整改材料",
        OrderStatus.Verified => "已复查通过",
        OrderStatus.Overdue => "逾期未整改",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
