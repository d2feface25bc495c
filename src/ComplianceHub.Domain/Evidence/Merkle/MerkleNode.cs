namespace ComplianceHub.Domain.Evidence.Merkle;

/// <summary>
/// A complete subtree: the node at <paramref name="Level"/> (0 = a leaf) covering leaves
/// <c>[Index·2^Level, (Index+1)·2^Level)</c>, and its hash.
/// </summary>
public readonly record struct MerkleNode(int Level, long Index, byte[] Hash);
