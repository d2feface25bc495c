namespace ComplianceHub.Server.Inspections;

/// <summary>POST /api/v1/inspections. <see cref="InspectionId"/> is optional: a client that supplies one may retry safely.</summary>
public sealed record OpenInspectionRequest(
    string? InspectionId,
    string? EnterpriseId,
    string? Authority,
    string? Kind,
    DateOnly? PlannedOn,
    string? FollowUpOf);
