namespace ComplianceHub.Domain.Enterprises;

/// <summary>Wire and Chinese names of <see cref="EnterpriseKind"/>; numbers never cross the wire.</summary>
public static class EnterpriseKinds
{
    private static readonly WireNames<EnterpriseKind> Names = new(
        (EnterpriseKind.CourierOutlet, "courier-outlet", "快递网点"),
        (EnterpriseKind.CloudWarehouse, "cloud-warehouse", "电商云仓"),
        (EnterpriseKind.Platform, "platform", "电商平台"),
        (EnterpriseKind.TerminalStation, "terminal-station", "末端驿站"));

    public static IReadOnlyList<EnterpriseKind> All => Names.All;

    public static string ToWireName(EnterpriseKind kind) => Names.ToWireName(kind);

    public static string ChineseName(EnterpriseKind kind) => Names.ChineseName(kind);

    /// <summary>Accepts a wire name (any letter case) or the Chinese name.</summary>
    public static bool TryParse(string? s, out EnterpriseKind kind) => Names.TryParse(s, out kind);
}
