namespace ComplianceHub.Abstractions.Inspections;

/// <summary>A rectification order (责令改正); idempotent by <see cref="OrderId"/>.</summary>
[GenerateSerializer, Immutable, Alias("chub.IssueOrder")]
public sealed record IssueOrder(
    [property: Id(0)] string OrderId,
    [property: Id(1)] string Requirement,
    [property: Id(2)] string LegalBasis,
    [property: Id(3)] DateOnly Deadline,
    [property: Id(4)] string Actor);
