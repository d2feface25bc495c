namespace ComplianceHub.Domain.Evidence.Merkle;

/// <summary>
/// How the tree is stored so a proof reads a handful of rows, not the log (the tiling of Go's transparency logs):
/// only nodes at levels 0, 4, 8, … are kept, sixteen to a tile; any complete node in between is the fold of at most
/// sixteen stored nodes of one tile. An append writes one hash into one tile, plus one more per level it completes.
/// </summary>
public static class MerkleTiles
{
    public const int Height = 4;

    public const int Width = 1 << Height;

    /// <summary>Where a stored node lives: its tile and its slot in it, or null when its level is not stored.</summary>
    public static (TileId Tile, int Slot)? Place(MerkleNode node) =>
        node.Level % Height != 0 ? null : (new TileId(node.Level / Height, node.Index >> Height), (int)(node.Index & (Width - 1)));

    /// <summary>The tile holding the stored nodes that make up the complete node (<paramref name="level"/>, <paramref name="index"/>).</summary>
    public static TileId TileOf(int level, long index)
    {
        var depth = level % Height;
        return new TileId(level / Height, (index << depth) >> Height);
    }

    /// <summary>
    /// The complete node (<paramref name="level"/>, <paramref name="index"/>) from its tile's slots.
    /// Null when a slot it needs is missing (a tree not yet that large, or a tile not stored).
    /// </summary>
    public static byte[]? NodeFrom(IReadOnlyList<byte[]?> slots, int level, long index)
    {
        ArgumentNullException.ThrowIfNull(slots);
        var depth = level % Height;
        var count = 1 << depth;
        var first = (int)((index << depth) & (Width - 1));
        var layer = new byte[count][];
        for (var i = 0; i < count; i++)
        {
            if (first + i >= slots.Count || slots[first + i] is not { } hash) return null;
            layer[i] = hash;
        }

        for (var width = count; width > 1; width /= 2)
        {
            for (var i = 0; i < width / 2; i++)
            {
                layer[i] = MerkleHash.Node(layer[2 * i], layer[(2 * i) + 1]);
            }
        }

        return layer[0];
    }
}
