namespace ComplianceHub.Abstractions.Inspections;

/// <summary>A regulator accepts an order's rectification during the follow-up inspection it names.</summary>
[GenerateSerializer, Immutable, Alias("chub.VerifyOrder")]
public sealed record VerifyOrder(
    [property: Id(0)] string OrderId,
    [property: Id(1)] string FollowUpInspectionId,
    [property: Id(2)] string? Note,
    [property: Id(3)] string Actor);
