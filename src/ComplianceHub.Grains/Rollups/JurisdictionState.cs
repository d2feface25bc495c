namespace ComplianceHub.Grains.Rollups;

/// <summary>
/// What a division persists: which children ever pushed to it (written once per new child), and a snapshot of
/// their summaries (written at most once per <see cref="RollupOptions.SnapshotInterval"/> and on deactivation).
/// An activation starts from the snapshot and answers at once, then asks the children for anything newer: a
/// cold national query costs one read per level instead of activating every county behind it first.
/// </summary>
[GenerateSerializer, Immutable, Alias("chub.JurisdictionState")]
public sealed record JurisdictionState
{
    [Id(0)] public IReadOnlyList<string> Children { get; init; } = [];

    [Id(1)] public IReadOnlyList<ChildSnapshot> Snapshot { get; init; } = [];
}
