namespace ComplianceHub.Domain.Access;

/// <summary>Wire and Chinese names of <see cref="AccessAction"/>; numbers never cross the wire.</summary>
public static class AccessActions
{
    public static IReadOnlyList<AccessAction> All { get; } = [AccessAction.Query, AccessAction.Print, AccessAction.Export];

    public static string ToWireName(AccessAction action) => action switch
    {
        AccessAction.Query => "query",
        AccessAction.Print => "print",
        AccessAction.Export => "export",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    public static string ChineseName(AccessAction action) => action switch
    {
        AccessAction.Query => "查询",
        AccessAction.Print => "打印",
        AccessAction.Export => "导出",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    /// <summary>Accepts a wire name (any letter case) or the Chinese name.</summary>
    public static bool TryParse(string? s, out AccessAction action)
    {
        var value = s?.Trim();
        foreach (var candidate in All)
        {
            if (string.Equals(value, ToWireName(candidate), StringComparison.OrdinalIgnoreCase)
                || string.Equals(value, ChineseName(candidate), StringComparison.Ordinal))
            {
                action = candidate;
                return true;
            }
        }

        action = default;
        return false;
    }
}
