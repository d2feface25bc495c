using ComplianceHub.Domain.Evidence.Merkle;

namespace ComplianceHub.Storage.Evidence;

/// <summary>
/// Proofs over an enterprise's stored tree: a dry run names the tiles a proof needs, one parallel round reads those
/// not yet cached, then the proof is computed. A bundle proves thousands of neighbouring entries with the same few
/// tiles, so the cache (kept per prover, bounded) makes that one read per tile.
/// </summary>
public sealed class EvidenceProver
{
    private const int MaxCachedTiles = 4_096;

    private readonly EvidenceTreeStore _trees;

    private readonly string _enterpriseId;

    private readonly Dictionary<TileId, IReadOnlyList<byte[]?>> _cache = [];

    private readonly MemoNodeSource _memo;

    public EvidenceProver(EvidenceTreeStore trees, string enterpriseId)
    {
        _trees = trees;
        _enterpriseId = enterpriseId;

        // Neighbouring leaves share most of their paths: each inner node is folded from its tile once.
        _memo = new MemoNodeSource(new TileNodeSource(_cache));
    }

    public async Task<IReadOnlyList<byte[]>> InclusionAsync(long leafIndex, long treeSize, CancellationToken cancellationToken = default)
    {
        var collector = new NodeCollector();
        MerkleProofs.Inclusion(leafIndex, treeSize, collector);
        return MerkleProofs.Inclusion(leafIndex, treeSize, await SourceAsync(collector.Tiles, cancellationToken).ConfigureAwait(false));
    }

    public async Task<IReadOnlyList<byte[]>> ConsistencyAsync(long oldSize, long newSize, CancellationToken cancellationToken = default)
    {
        var collector = new NodeCollector();
        MerkleProofs.Consistency(oldSize, newSize, collector);
        return MerkleProofs.Consistency(oldSize, newSize, await SourceAsync(collector.Tiles, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The root of the first <paramref name="treeSize"/> leaves, recomputed from the stored tiles.</summary>
    public async Task<byte[]> RootAsync(long treeSize, CancellationToken cancellationToken = default)
    {
        var collector = new NodeCollector();
        MerkleProofs.RangeHash(0, treeSize, collector);
        return MerkleProofs.RangeHash(0, treeSize, await SourceAsync(collector.Tiles, cancellationToken).ConfigureAwait(false));
    }

    private async Task<IMerkleNodeSource> SourceAsync(IEnumerable<TileId> needed, CancellationToken cancellationToken)
    {
        var missing = needed.Where(t => !_cache.ContainsKey(t)).ToList();
        if (missing.Count > 0)
        {
            if (_cache.Count + missing.Count > MaxCachedTiles)
            {
                _cache.Clear();
                _memo.Clear();
            }

            foreach (var (tile, slots) in await _trees.GetTilesAsync(_enterpriseId, missing, cancellationToken).ConfigureAwait(false))
            {
                _cache[tile] = slots;
            }
        }

        return _memo;
    }
}
