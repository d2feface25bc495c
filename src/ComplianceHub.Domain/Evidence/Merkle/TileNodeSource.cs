namespace ComplianceHub.Domain.Evidence.Merkle;

/// <summary>Complete nodes read from tiles already fetched; a node whose tile is missing or short fails loudly.</summary>
public sealed class TileNodeSource(IReadOnlyDictionary<TileId, IReadOnlyList<byte[]?>> tiles) : IMerkleNodeSource
{
    public byte[] NodeHash(int level, long index)
    {
        var tile = MerkleTiles.TileOf(level, index);
        return tiles.TryGetValue(tile, out var slots) && MerkleTiles.NodeFrom(slots, level, index) is { } hash
            ? hash
            : throw new InvalidOperationException($"Merkle node {level}/{index} is not in the tiles read (tile {tile}).");
    }
}
