namespace ComplianceHub.Domain.Inspections;

/// <summary>Wire and Chinese names of <see cref="InspectionKind"/>.</summary>
public static class InspectionKinds
{
    public static string ToWireName(InspectionKind kind) => kind switch
    {
        InspectionKind.OnSite => "on-site",
        InspectionKind.Remote => "remote",
        InspectionKind.FollowUp => "follow-up",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string ChineseName(InspectionKind kind) => kind switch
    {
        InspectionKind.OnSite => "现场检查",
        InspectionKind.Remote => "非现场检查",
        InspectionKind.FollowUp => "整改复查",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParse(string? s, out InspectionKind kind)
    {
        foreach (var candidate in (ReadOnlySpan<InspectionKind>)[InspectionKind.OnSite, InspectionKind.Remote, InspectionKind.FollowUp])
        {
            if (string.Equals(s?.Trim(), ToWireName(candidate), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
