namespace ComplianceHub.Domain.Access;

/// <summary>Wire and Chinese names of <see cref="AccessAction"/>; numbers never cross the wire.</summary>
public static class AccessActions
{
    private static readonly WireNames<AccessAction> Names = new(
        (AccessAction.Query, "query", "查询"),
        (AccessAction.Print, "print", "打印"),
        (AccessAction.Export, "export", "导出"));

    public static IReadOnlyList<AccessAction> All => Names.All;

    public static string ToWireName(AccessAction action) => Names.ToWireName(action);

    public static string ChineseName(AccessAction action) => Names.ChineseName(action);

    /// <summary>Accepts a wire name (any letter case) or the Chinese name.</summary>
    public static bool TryParse(string? s, out AccessAction action) => Names.TryParse(s, out action);
}
