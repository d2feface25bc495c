using ComplianceHub.Domain.Rollups;

namespace ComplianceHub.Abstractions.Rollups;

/// <summary>A brand over the outlets a caller may see.</summary>
/// <param name="ByDivision">The outlets' sums per division one level below the prefix (per province for the nation).</param>
[GenerateSerializer, Immutable, Alias("chub.BrandView")]
public sealed record BrandView(
    [property: Id(0)] string BrandId,
    [property: Id(1)] RollupSummary Summary,
    [property: Id(2)] IReadOnlyList<ChildAggregate> ByDivision);
