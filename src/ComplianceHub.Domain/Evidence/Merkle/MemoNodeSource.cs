namespace ComplianceHub.Domain.Evidence.Merkle;

/// <summary>
/// Remembers the inner nodes another source folds, bounded: neighbouring leaves share most of their audit paths,
/// so a bundle proving thousands of entries folds each shared node once.
/// </summary>
public sealed class MemoNodeSource(IMerkleNodeSource inner, int capacity = 65_536) : IMerkleNodeSource
{
    private readonly Dictionary<(int Level, long Index), byte[]> _nodes = [];

    public void Clear() => _nodes.Clear();

    public byte[] NodeHash(int level, long index)
    {
        if (level % MerkleTiles.Height == 0) return inner.NodeHash(level, index);
        if (!_nodes.TryGetValue((level, index), out var hash))
        {
            if (_nodes.Count >= capacity) _nodes.Clear();
            _nodes[(level, index)] = hash = inner.NodeHash(level, index);
        }

        return hash;
    }
}
