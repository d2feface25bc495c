namespace ComplianceHub.Domain.Inspections;

/// <summary>Wire and Chinese names of <see cref="InspectionStatus"/>.</summary>
public static class InspectionStatuses
{
    public static string ToWireName(InspectionStatus status) => status switch
    {
        InspectionStatus.Planned => "planned",
        InspectionStatus.InProgress => "in-progress",
        InspectionStatus.Closed => "closed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string ChineseName(InspectionStatus status) => status switch
    {
        InspectionStatus.Planned => "已计划",
        InspectionStatus.InProgress => "检查中",
        InspectionStatus.Closed => "已结案",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
