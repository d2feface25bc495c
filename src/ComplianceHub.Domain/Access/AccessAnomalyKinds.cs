namespace ComplianceHub.Domain.Access;

/// <summary>Wire and Chinese names of <see cref="AccessAnomalyKind"/>.</summary>
public static class AccessAnomalyKinds
{
    public static IReadOnlyList<AccessAnomalyKind> All { get; } =
        [AccessAnomalyKind.CrossOutlet, AccessAnomalyKind.UsedAfterDeparture, AccessAnomalyKind.BulkQuery, AccessAnomalyKind.NightQuery];

    public static string ToWireName(AccessAnomalyKind kind) => kind switch
    {
        AccessAnomalyKind.CrossOutlet => "cross-outlet",
        AccessAnomalyKind.UsedAfterDeparture => "used-after-departure",
        AccessAnomalyKind.BulkQuery => "bulk-query",
        AccessAnomalyKind.NightQuery => "night-query",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string ChineseName(AccessAnomalyKind kind) => kind switch
    {
        AccessAnomalyKind.CrossOutlet => "跨网点查询",
        AccessAnomalyKind.UsedAfterDeparture => "离职后账号使用",
        AccessAnomalyKind.BulkQuery => "批量查询",
        AccessAnomalyKind.NightQuery => "夜间查询",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
