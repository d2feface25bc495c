using ComplianceHub.Domain.Inspections;

namespace ComplianceHub.Abstractions.Inspections;

/// <summary>One answer of a checklist batch.</summary>
[GenerateSerializer, Immutable, Alias("chub.ChecklistAnswerInput")]
public sealed record ChecklistAnswerInput(
    [property: Id(0)] string ItemId,
    [property: Id(1)] ChecklistAnswer Answer,
    [property: Id(2)] string? Note);
