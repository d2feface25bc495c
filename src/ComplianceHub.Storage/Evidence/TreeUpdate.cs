using ComplianceHub.Domain.Evidence.Merkle;

namespace ComplianceHub.Storage.Evidence;

/// <summary>
/// What an evidence append carries for the enterprise's Merkle tree: the stored-level nodes the new leaf completed
/// (see <see cref="MerkleTiles"/>) and, when one was signed with it, the new tree head. Written in the entry's own
/// entity-group transaction, so the tree costs the write path no extra round trip.
/// </summary>
public sealed record TreeUpdate(IReadOnlyList<MerkleNode> Nodes, SignedTreeHead? Head)
{
    public static TreeUpdate None { get; } = new([], null);
}
