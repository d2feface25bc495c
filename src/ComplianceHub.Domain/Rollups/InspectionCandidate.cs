namespace ComplianceHub.Domain.Rollups;

/// <summary>An enterprise on an inspection plan: its summary, its priority and why.</summary>
public sealed record InspectionCandidate(EnterpriseRollup Enterprise, double Priority, IReadOnlyList<PriorityReason> Reasons);
