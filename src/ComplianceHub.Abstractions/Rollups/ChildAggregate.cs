using ComplianceHub.Domain.Rollups;

namespace ComplianceHub.Abstractions.Rollups;

/// <summary>One child division (or, for a brand, one division its outlets sit in) and its sums.</summary>
[GenerateSerializer, Immutable, Alias("chub.ChildAggregate")]
public sealed record ChildAggregate(
    [property: Id(0)] string Code,
    [property: Id(1)] RollupAggregate Aggregate);
