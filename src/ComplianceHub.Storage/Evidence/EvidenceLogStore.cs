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
public sealed class EvidenceLogStore(StorageTables tables)
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
            $"PartitionKey eq {enterpriseId} and RowKey ge {EvidenceTableEntity.RowKeyOf(enterpriseId, fromSeq)}");
        await foreach (var entity in _table.QueryAsync<EvidenceTableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return entity.ToEntry();
        }
    }
}
