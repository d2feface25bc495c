namespace ComplianceHub.Domain.Inspections;

/// <summary>One question of an inspection checklist, with its legal basis and the rule ids whose findings it corroborates.</summary>
public sealed record ChecklistItem(
    string Id,
    string Section,
    string QuestionZh,
    string QuestionEn,
    string Basis,
    IReadOnlyList<string> Rules);
