namespace ComplianceHub.Server.Access;

/// <summary>Body of <c>POST /api/v1/enterprises/{id}/access-logs</c>.</summary>
public sealed record AccessLogBatchRequest(string? BatchId, IReadOnlyList<AccessLogRequest?>? Records);
