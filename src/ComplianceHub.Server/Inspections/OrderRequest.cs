namespace ComplianceHub.Server.Inspections;

/// <summary>POST /api/v1/inspections/{id}/orders; idempotent by <see cref="OrderId"/>; the deadline is a China date after today.</summary>
public sealed record OrderRequest(string? OrderId, string? Requirement, string? LegalBasis, DateOnly? Deadline);
