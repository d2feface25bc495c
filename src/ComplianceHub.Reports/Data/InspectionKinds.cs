namespace ComplianceHub.Reports.Data;

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
}
