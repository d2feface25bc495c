namespace ComplianceHub.Domain.Inspections;

/// <summary>Wire and Chinese names of <see cref="InspectionAuthority"/>.</summary>
public static class InspectionAuthorities
{
    public static string ToWireName(InspectionAuthority authority) => authority switch
    {
        InspectionAuthority.Postal => "postal",
        InspectionAuthority.Cyberspace => "cyberspace",
        _ => throw new ArgumentOutOfRangeException(nameof(authority), authority, null),
    };

    public static string ChineseName(InspectionAuthority authority) => authority switch
    {
        InspectionAuthority.Postal => "邮政管理部门",
        InspectionAuthority.Cyberspace => "网信部门",
        _ => throw new ArgumentOutOfRangeException(nameof(authority), authority, null),
    };

    public static bool TryParse(string? s, out InspectionAuthority authority)
    {
        foreach (var candidate in (ReadOnlySpan<InspectionAuthority>)[InspectionAuthority.Postal, InspectionAuthority.Cyberspace])
        {
            if (string.Equals(s?.Trim(), ToWireName(candidate), StringComparison.OrdinalIgnoreCase))
            {
                authority = candidate;
                return true;
            }
        }

        authority = default;
        return false;
    }
}
