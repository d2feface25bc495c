namespace ComplianceHub.Domain.Enterprises;

/// <summary>Wire and Chinese names of <see cref="EnterpriseKind"/>; numbers never cross the wire.</summary>
public static class EnterpriseKinds
{
    public static IReadOnlyList<EnterpriseKind> All { get; } =
        [EnterpriseKind.CourierOutlet, EnterpriseKind.CloudWarehouse, EnterpriseKind.Platform, EnterpriseKind.TerminalStation];

    public static string ToWireName(EnterpriseKind kind) => kind switch
    {
        EnterpriseKind.CourierOutlet => "courier-outlet",
        EnterpriseKind.CloudWarehouse => "cloud-warehouse",
        EnterpriseKind.Platform => "platform",
        EnterpriseKind.TerminalStation => "terminal-station",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string ChineseName(EnterpriseKind kind) => kind switch
    {
        EnterpriseKind.CourierOutlet => "快递网点",
        EnterpriseKind.CloudWarehouse => "电商云仓",
        EnterpriseKind.Platform => "电商平台",
        EnterpriseKind.TerminalStation => "末端驿站",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Accepts a wire name (any letter case) or the Chinese name.</summary>
    public static bool TryParse(string? s, out EnterpriseKind kind)
    {
        var value = s?.Trim();
        foreach (var candidate in All)
        {
            if (string.Equals(value, ToWireName(candidate), StringComparison.OrdinalIgnoreCase)
                || string.Equals(value, ChineseName(candidate), StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
