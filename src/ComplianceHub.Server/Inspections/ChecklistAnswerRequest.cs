namespace ComplianceHub.Server.Inspections;

/// <summary>One answer: yes|compliant, no|non-compliant, partly, n.a.|not-applicable.</summary>
public sealed record ChecklistAnswerRequest(string? ItemId, string? Answer, string? Note);
