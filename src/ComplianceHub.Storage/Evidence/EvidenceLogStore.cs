using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using ComplianceHub.Domain.Evidence;
using ComplianceHub.Storage.Diagnostics;
using ComplianceHub.Storage.Hosting;

namespace ComplianceHub.Storage.Evidence;

/// <summary>
/// Each enterprise's append-only evidence log in Azure Table storage. Entries are only ever added:
/// an add that meets an existing row succeeds only if that row is the very same entry (a retried
/// append after a crash), so nothing here can rewrite history.
/// </summary>
public sealed class EvidenceLogStore(StorageTables tables, EvidenceTreeStore trees)
{
    private const int MaxTransactionSize = 100;

    private readonly TableClient _table = tables.Evidence;

    /// <summary>Appends entries of one enterprise, in one entity-group transaction per 100.</summary>
    public async Task AppendAsync(IReadOnlyList<EvidenceEntry> entries, CancellationToken cancellationToken = default)
    {
        for (var start = 0; start < entries.Count; start += MaxTransactionSize)
        {
            var chunk = entries.Skip(start).Take(MaxTransactionSize).ToList();
            try
            {
                var actions = chunk.Select(e => new TableTransactionAction(TableTransactionActionType.Add, EvidenceTableEntity.From(e)));
                await _table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
                HubMetrics.EvidenceAppends.Add(chunk.Count);
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 409)
            {
                // Some of the chunk is already there (a repeated append): add what is missing one by one.
                foreach (var entry in chunk)
                {
                    await AppendOneAsync(entry, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    /// <summary>
    /// Appends one entry with its tree rows (tiles it completed, the head signed with it) in one entity-group
    /// transaction. A repeat after a crash finds the entry there: the tree rows are then written one by one, which is
    /// idempotent (the same hashes into the same slots, the same head).
    /// </summary>
    public async Task AppendAsync(EvidenceEntry entry, TreeUpdate tree, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(tree);
        var actions = new List<TableTransactionAction> { new(TableTransactionActionType.Add, EvidenceTableEntity.From(entry)) };
        actions.AddRange(EvidenceTreeStore.TileActions(entry.EnterpriseId, tree.Nodes));
        if (tree.Head is { } head) actions.Add(new(TableTransactionActionType.Add, TreeHeadEntity.From(head)));
        try
        {
            await _table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            HubMetrics.EvidenceAppends.Add(1);
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            await AppendOneAsync(entry, cancellationToken).ConfigureAwait(false);
            foreach (var action in actions.Skip(1).Where(a => a.ActionType == TableTransactionActionType.UpsertMerge))
            {
                await _table.UpsertEntityAsync(action.Entity, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
            }

            if (tree.Head is { } signed) await trees.PutHeadAsync(signed, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Appends one entry; succeeds without writing if that exact entry is already stored.</summary>
    public async Task AppendOneAsync(EvidenceEntry entry, CancellationToken cancellationToken = default)
    {
        try
        {
            await _table.AddEntityAsync(EvidenceTableEntity.From(entry), cancellationToken).ConfigureAwait(false);
            HubMetrics.EvidenceAppends.Add(1);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            var stored = await GetAsync(entry.EnterpriseId, entry.Seq, cancellationToken).ConfigureAwait(false);
            if (stored?.Hash != entry.Hash)
            {
                throw new EvidenceConflictException(entry.EnterpriseId, entry.Seq);
            }
        }
    }

    /// <summary>One entry, or null when the log has no such sequence number.</summary>
    public async Task<EvidenceEntry?> GetAsync(string enterpriseId, long seq, CancellationToken cancellationToken = default)
    {
        var response = await _table.GetEntityIfExistsAsync<EvidenceTableEntity>(
            enterpriseId, EvidenceTableEntity.RowKeyOf(enterpriseId, seq), cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value!.ToEntry() : null;
    }

    /// <summary>Streams an enterprise's log in sequence order, from <paramref name="fromSeq"/> on.</summary>
    public async IAsyncEnumerable<EvidenceEntry> ReadAsync(
        string enterpriseId, long fromSeq = 1, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {enterpriseId} and RowKey ge {EvidenceTableEntity.RowKeyOf(enterpriseId, fromSeq)} and RowKey lt {TreeRowKeys.EntriesEnd(enterpriseId)}");
        await foreach (var entity in _table.QueryAsync<EvidenceTableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return entity.ToEntry();
        }
    }
}
