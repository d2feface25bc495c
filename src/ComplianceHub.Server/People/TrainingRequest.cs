namespace ComplianceHub.Server.People;

/// <summary>Body of <c>POST /api/v1/enterprises/{id}/trainings</c>.</summary>
public sealed record TrainingRequest(string? BatchId, DateOnly? HeldOn, decimal? Hours, string? Topic, IReadOnlyList<string?>? StaffIds);
