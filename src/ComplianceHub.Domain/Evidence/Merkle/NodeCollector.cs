namespace ComplianceHub.Domain.Evidence.Merkle;

/// <summary>
/// A dry run of a proof: records which tiles its nodes live in, so the tiles can be fetched in one round before
/// the proof is computed for real. Returns a placeholder hash for every node.
/// </summary>
public sealed class NodeCollector : IMerkleNodeSource
{
    private static readonly byte[] Placeholder = new byte[MerkleHash.Length];

    public HashSet<TileId> Tiles { get; } = [];

    public byte[] NodeHash(int level, long index)
    {
        Tiles.Add(MerkleTiles.TileOf(level, index));
        return Placeholder;
    }
}
