namespace ComplianceHub.Domain.Inspections;

/// <summary>Where an inspection stands: planned, under way (something was recorded), or closed and frozen.</summary>
public enum InspectionStatus
{
    Planned,
    InProgress,
    Closed,
}
