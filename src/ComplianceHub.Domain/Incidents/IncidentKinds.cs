namespace ComplianceHub.Domain.Incidents;

/// <summary>Wire and Chinese names of <see cref="IncidentKind"/>.</summary>
public static class IncidentKinds
{
    private static readonly WireNames<IncidentKind> Names = new(
        (IncidentKind.Leak, "leak", "信息泄露"),
        (IncidentKind.Trojan, "trojan", "木马/远程控制软件"),
        (IncidentKind.LabelPhotography, "label-photography", "偷拍面单"),
        (IncidentKind.AccountMisuse, "account-misuse", "账号违规使用"),
        (IncidentKind.LostWaybills, "lost-waybills", "面单丢失"),
        (IncidentKind.Other, "other", "其他"));

    public static IReadOnlyList<IncidentKind> All => Names.All;

    public static string ToWireName(IncidentKind kind) => Names.ToWireName(kind);

    public static string ChineseName(IncidentKind kind) => Names.ChineseName(kind);

    /// <summary>Accepts a wire name (any letter case) or the Chinese name.</summary>
    public static bool TryParse(string? s, out IncidentKind kind) => Names.TryParse(s, out kind);
}
