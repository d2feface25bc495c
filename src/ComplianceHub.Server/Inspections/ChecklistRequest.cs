namespace ComplianceHub.Server.Inspections;

/// <summary>PUT /api/v1/inspections/{id}/checklist: a batch of answers.</summary>
public sealed record ChecklistRequest(IReadOnlyList<ChecklistAnswerRequest>? Answers);
