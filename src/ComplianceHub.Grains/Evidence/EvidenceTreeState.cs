using ComplianceHub.Domain.Evidence.Merkle;

namespace ComplianceHub.Grains.Evidence;

/// <summary>
/// The enterprise's Merkle tree as its grain keeps it: the right edge (O(log n) hashes), the tile nodes the newest
/// entry completed (written with that entry, kept so a publish interrupted by a crash can be repeated), and the
/// newest signed tree head. <see cref="Frontier"/> is null for a log written before the tree existed: it is built
/// once from the log, from entry 1.
/// </summary>
[GenerateSerializer, Immutable, Alias("chub.EvidenceTreeState")]
public sealed record EvidenceTreeState
{
    public static EvidenceTreeState None { get; } = new();

    [Id(0)] public MerkleFrontier? Frontier { get; init; }

    [Id(1)] public IReadOnlyList<TreeNodeRecord> Completed { get; init; } = [];

    [Id(2)] public SignedTreeHead? Latest { get; init; }

    /// <summary>The latest head was signed with the newest entry and is stored in that entry's transaction.</summary>
    [Id(3)] public bool LatestWithHead { get; init; }

    /// <summary>Entries not yet covered by a signed head (coalescing, or a head still waiting for its timestamp).</summary>
    public bool HeadPending => Frontier is { } f && f.Size > (Latest?.Head.TreeSize ?? 0);
}
