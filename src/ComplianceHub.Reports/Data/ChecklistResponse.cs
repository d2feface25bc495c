namespace ComplianceHub.Reports.Data;

/// <summary>One answered checklist item; the question is copied from the checklist version used at the inspection.</summary>
public sealed record ChecklistResponse(
    string ItemId,
    string QuestionZh,
    string QuestionEn,
    string LegalBasis,
    ChecklistAnswer Answer,
    string? Note);
