namespace ComplianceHub.Domain.Access;

/// <summary>Wire and Chinese names of <see cref="AccessAnomalyKind"/>.</summary>
public static class AccessAnomalyKinds
{
    private static readonly WireNames<AccessAnomalyKind> Names = new(
        (AccessAnomalyKind.CrossOutlet, "cross-outlet", "跨网点查询"),
        (AccessAnomalyKind.UsedAfterDeparture, "used-after-departure", "离职后账号使用"),
        (AccessAnomalyKind.BulkQuery, "bulk-query", "批量查询"),
        (AccessAnomalyKind.NightQuery, "night-query", "夜间查询"));

    public static IReadOnlyList<AccessAnomalyKind> All => Names.All;

    public static string ToWireName(AccessAnomalyKind kind) => Names.ToWireName(kind);

    public static string ChineseName(AccessAnomalyKind kind) => Names.ChineseName(kind);
}
