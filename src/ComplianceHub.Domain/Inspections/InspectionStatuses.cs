namespace ComplianceHub.Domain.Inspections;

/// <summary>Wire and Chinese names of <see cref="InspectionStatus"/>.</summary>
public static class InspectionStatuses
{
    private static readonly WireNames<InspectionStatus> Names = new(
        (InspectionStatus.Planned, "planned", "已计划"),
        (InspectionStatus.InProgress, "in-progress", "检查中"),
        (InspectionStatus.Closed, "closed", "已结案"));

    public static string ToWireName(InspectionStatus status) => Names.ToWireName(status);

    public static string ChineseName(InspectionStatus status) => Names.ChineseName(status);
}
