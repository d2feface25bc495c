namespace ComplianceHub.Domain.Incidents;

/// <summary>Wire and Chinese names of <see cref="IncidentKind"/>.</summary>
public static class IncidentKinds
{
    public static IReadOnlyList<IncidentKind> All { get; } =
        [IncidentKind.Leak, IncidentKind.Trojan, IncidentKind.LabelPhotography, IncidentKind.AccountMisuse, IncidentKind.LostWaybills, IncidentKind.Other];

    public static string ToWireName(IncidentKind kind) => kind switch
    {
        IncidentKind.Leak => "leak",
        IncidentKind.Trojan => "trojan",
        IncidentKind.LabelPhotography => "label-photography",
        IncidentKind.AccountMisuse => "account-misuse",
        IncidentKind.LostWaybills => "lost-waybills",
        IncidentKind.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string ChineseName(IncidentKind kind) => kind switch
    {
        IncidentKind.Leak => "信息泄露",
        IncidentKind.Trojan => "木马/远程控制软件",
        IncidentKind.LabelPhotography => "偷拍面单",
        IncidentKind.AccountMisuse => "账号违规使用",
        IncidentKind.LostWaybills => "面单丢失",
        IncidentKind.Other => "其他",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Accepts a wire name (any letter case) or the Chinese name.</summary>
    public static bool TryParse(string? s, out IncidentKind kind)
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
