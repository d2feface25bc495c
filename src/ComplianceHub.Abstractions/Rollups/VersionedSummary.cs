using ComplianceHub.Domain.Rollups;

namespace ComplianceHub.Abstractions.Rollups;

/// <summary>A child's summary as pushed to its parent; <see cref="Version"/> only grows, so a stale push is ignored.</summary>
[GenerateSerializer, Immutable, Alias("chub.VersionedSummary")]
public sealed record VersionedSummary(
    [property: Id(0)] long Version,
    [property: Id(1)] RollupSummary Summary);
