using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using ComplianceHub.Domain.Evidence.Merkle;
using ComplianceHub.Storage.Hosting;

namespace ComplianceHub.Storage.Evidence;

/// <summary>
/// The rows of each enterprise's Merkle tree beside its evidence log: tiles of stored nodes (written by merging one
/// slot at a time, so a writer never needs the rest of the tile) and the append-only signed tree heads.
/// </summary>
public sealed class EvidenceTreeStore(StorageTables tables)
{
    private const int MaxTransactionSize = 100;

    private readonly TableClient _table = tables.Evidence;

    /// <summary>The actions that store <paramref name="nodes"/> in their tiles, one merge per tile touched.</summary>
    internal static IEnumerable<TableTransactionAction> TileActions(string enterpriseId, IEnumerable<MerkleNode> nodes) =>
        nodes.Select(n => (Node: n, Place: MerkleTiles.Place(n)))
            .Where(p => p.Place is not null)
            .GroupBy(p => p.Place!.Value.Tile)
            .Select(g =>
            {
                var row = new TableEntity(enterpriseId, TreeRowKeys.Tile(enterpriseId, g.Key));
                foreach (var (node, place) in g) row[TreeRowKeys.SlotName(place!.Value.Slot)] = node.Hash;
                return new TableTransactionAction(TableTransactionActionType.UpsertMerge, row);
            });

    /// <summary>Stores nodes in bulk (building the tree of a log that had none), in transactions of up to 100 tiles.</summary>
    public async Task PutNodesAsync(string enterpriseId, IEnumerable<MerkleNode> nodes, CancellationToken cancellationToken = default)
    {
        foreach (var chunk in TileActions(enterpriseId, nodes).Chunk(MaxTransactionSize))
        {
            await _table.SubmitTransactionAsync(chunk, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The tiles asked for; a tile never written is absent from the answer.</summary>
    public async Task<Dictionary<TileId, IReadOnlyList<byte[]?>>> GetTilesAsync(
        string enterpriseId, IEnumerable<TileId> tiles, CancellationToken cancellationToken = default)
    {
        var reads = tiles.Distinct().Select(async tile =>
        {
            var row = await _table.GetEntityIfExistsAsync<TableEntity>(
                enterpriseId, TreeRowKeys.Tile(enterpriseId, tile), cancellationToken: cancellationToken).ConfigureAwait(false);
            return (tile, row.HasValue ? (IReadOnlyList<byte[]?>)Slots(row.Value!) : null);
        });
        var found = await Task.WhenAll(reads).ConfigureAwait(false);
        return found.Where(f => f.Item2 is not null).ToDictionary(f => f.tile, f => f.Item2!);
    }

    /// <summary>Adds a signed tree head; adding the very same head again (a retry) is not an error.</summary>
    public async Task PutHeadAsync(SignedTreeHead head, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(head);
        try
        {
            await _table.AddEntityAsync(TreeHeadEntity.From(head), cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            var stored = await GetHeadAsync(head.Head.EnterpriseId, head.Head.TreeSize, cancellationToken).ConfigureAwait(false);
            if (stored?.Head.RootHash != head.Head.RootHash)
            {
                throw new EvidenceConflictException(head.Head.EnterpriseId, head.Head.TreeSize);
            }
        }
    }

    /// <summary>The head signed at exactly <paramref name="treeSize"/>, or null.</summary>
    public async Task<SignedTreeHead?> GetHeadAsync(string enterpriseId, long treeSize, CancellationToken cancellationToken = default)
    {
        var row = await _table.GetEntityIfExistsAsync<TreeHeadEntity>(
            enterpriseId, TreeRowKeys.Head(enterpriseId, treeSize), cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue ? row.Value!.ToHead() : null;
    }

    /// <summary>Every head of the enterprise, oldest first.</summary>
    public async IAsyncEnumerable<SignedTreeHead> ReadHeadsAsync(
        string enterpriseId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var prefix = TreeRowKeys.HeadPrefix(enterpriseId);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {enterpriseId} and RowKey ge {prefix} and RowKey lt {prefix + "~"}");
        await foreach (var row in _table.QueryAsync<TreeHeadEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return row.ToHead();
        }
    }

    private static byte[]?[] Slots(TableEntity row)
    {
        var slots = new byte[]?[MerkleTiles.Width];
        for (var i = 0; i < slots.Length; i++)
        {
            slots[i] = row.TryGetValue(TreeRowKeys.SlotName(i), out var value) ? value as byte[] : null;
        }

        return slots;
    }
}
