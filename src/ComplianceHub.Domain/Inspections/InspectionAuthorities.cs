namespace ComplianceHub.Domain.Inspections;

/// <summary>Wire and Chinese names of <see cref="InspectionAuthority"/>.</summary>
public static class InspectionAuthorities
{
    private static readonly WireNames<InspectionAuthority> Names = new(
        (InspectionAuthority.Postal, "postal", "邮政管理部门"),
        (InspectionAuthority.Cyberspace, "cyberspace", "网信部门"));

    public static string ToWireName(InspectionAuthority authority) => Names.ToWireName(authority);

    public static string ChineseName(InspectionAuthority authority) => Names.ChineseName(authority);

    /// <summary>Accepts a wire name only (any letter case).</summary>
    public static bool TryParse(string? s, out InspectionAuthority authority) => Names.TryParseWireName(s, out authority);
}
