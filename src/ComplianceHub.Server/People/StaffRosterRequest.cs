namespace ComplianceHub.Server.People;

/// <summary>Body of <c>PUT /api/v1/enterprises/{id}/staff</c>: the full roster, replacing the last one.</summary>
/// <param name="BatchId">Idempotency key: 1–64 of A–Z a–z 0–9 . _ : -</param>
/// <param name="AsOf">When the roster was exported (ISO 8601 with offset).</param>
/// <param name="Staff">Everyone on the roster, by pseudonymous staffId; no names or phone numbers.</param>
public sealed record StaffRosterRequest(string? BatchId, DateTimeOffset? AsOf, IReadOnlyList<StaffMemberRequest?>? Staff);
