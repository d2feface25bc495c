namespace ComplianceHub.Cli.Import;

/// <summary>The body of <c>POST /api/v1/enterprises/{id}/trainings</c>: one session and its attendees.</summary>
internal sealed record TrainingSessionRequest(string BatchId, DateOnly HeldOn, decimal Hours, string Topic, IReadOnlyList<string> StaffIds);
