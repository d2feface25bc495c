namespace ComplianceHub.Abstractions.Inspections;

/// <summary>The enterprise's rectification evidence for one order; submitting again replaces the earlier submission.</summary>
[GenerateSerializer, Immutable, Alias("chub.SubmitRectification")]
public sealed record SubmitRectification(
    [property: Id(0)] string OrderId,
    [property: Id(1)] string Description,
    [property: Id(2)] string? DocumentSha256,
    [property: Id(3)] string Actor);
