namespace ComplianceHub.Abstractions.Inspections;

/// <summary>A batch of checklist answers; answering an item again replaces its earlier answer.</summary>
[GenerateSerializer, Immutable, Alias("chub.AnswerChecklist")]
public sealed record AnswerChecklist(
    [property: Id(0)] IReadOnlyList<ChecklistAnswerInput> Answers,
    [property: Id(1)] string Actor);
