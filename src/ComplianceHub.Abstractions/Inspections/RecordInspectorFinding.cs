namespace ComplianceHub.Abstractions.Inspections;

/// <summary>An inspector's finding; idempotent by <see cref="FindingId"/>.</summary>
[GenerateSerializer, Immutable, Alias("chub.RecordInspectorFinding")]
public sealed record RecordInspectorFinding(
    [property: Id(0)] string FindingId,
    [property: Id(1)] string Text,
    [property: Id(2)] IReadOnlyList<string> RuleIds,
    [property: Id(3)] string? ChecklistItemId,
    [property: Id(4)] string Actor);
