namespace ComplianceHub.Domain.Inspections;

/// <summary>The inspector's answer to one checklist item, with a note (no personal data: pseudonymous ids only).</summary>
public sealed record ChecklistEntry(
    string ItemId,
    ChecklistAnswer Answer,
    string? Note,
    string AnsweredBy,
    DateTimeOffset AnsweredAt);
