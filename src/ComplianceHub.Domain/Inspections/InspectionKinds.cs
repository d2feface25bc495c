namespace ComplianceHub.Domain.Inspections;

/// <summary>Wire and Chinese names of <see cref="InspectionKind"/>.</summary>
public static class InspectionKinds
{
    private static readonly WireNames<InspectionKind> Names = new(
        (InspectionKind.OnSite, "on-site", "现场检查"),
        (InspectionKind.Remote, "remote", "非现场检查"),
        (InspectionKind.FollowUp, "follow-up", "整改复查"));

    public static string ToWireName(InspectionKind kind) => Names.ToWireName(kind);

    public static string ChineseName(InspectionKind kind) => Names.ChineseName(kind);

    /// <summary>Accepts a wire name only (any letter case).</summary>
    public static bool TryParse(string? s, out InspectionKind kind) => Names.TryParseWireName(s, out kind);
}
