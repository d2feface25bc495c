namespace ComplianceHub.Cli.Import;

/// <summary>The body of <c>PUT /api/v1/enterprises/{id}/staff</c>: the full roster, replacing the last one.</summary>
internal sealed record StaffRosterRequest(string BatchId, DateTimeOffset AsOf, IReadOnlyList<StaffMemberRequest> Staff);
