namespace ComplianceHub.Server.Inspections;

/// <summary>POST /api/v1/inspections/{id}/findings; idempotent by <see cref="FindingId"/>.</summary>
public sealed record FindingRequest(string? FindingId, string? Text, IReadOnlyList<string>? RuleIds, string? ChecklistItemId);
