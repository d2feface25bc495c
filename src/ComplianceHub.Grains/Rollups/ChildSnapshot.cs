using ComplianceHub.Abstractions.Rollups;

namespace ComplianceHub.Grains.Rollups;

/// <summary>A child's summary as a division last saved it: where it restarts from after an activation.</summary>
[GenerateSerializer, Immutable, Alias("chub.ChildSnapshot")]
public sealed record ChildSnapshot(
    [property: Id(0)] string Code,
    [property: Id(1)] VersionedSummary Summary);
