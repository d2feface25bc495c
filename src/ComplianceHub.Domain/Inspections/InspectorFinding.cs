namespace ComplianceHub.Domain.Inspections;

/// <summary>What the inspector found, tied to the rules it corroborates and the checklist item it came from.</summary>
/// <param name="FindingId">Client-supplied, so a retried POST records the finding once.</param>
public sealed record InspectorFinding(
    string FindingId,
    string Text,
    IReadOnlyList<string> RuleIds,
    string? ChecklistItemId,
    string RecordedBy,
    DateTimeOffset RecordedAt);
