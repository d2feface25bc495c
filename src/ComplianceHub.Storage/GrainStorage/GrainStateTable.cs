using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Orleans.Storage;

namespace ComplianceHub.Storage.GrainStorage;

/// <summary>
/// The table side of the provider: every state change is ONE conditional request (insert, or
/// replace/delete If-Match the ETag we hold), so optimistic concurrency costs no extra round trip.
/// </summary>
internal sealed class GrainStateTable(TableClient table, ILogger logger)
{
    public string Name => table.Name;

    public Task CreateIfNotExistsAsync(CancellationToken cancellationToken) =>
        table.CreateIfNotExistsAsync(cancellationToken);

    public async Task<TableEntity?> ReadAsync(GrainStateKeys keys)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(keys.PartitionKey, keys.RowKey)
            .ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>
    /// Inserts (when <paramref name="expectedETag"/> is null: we know of no stored version) or replaces
    /// the version with that ETag. Returns the new table ETag.
    /// </summary>
    /// <exception cref="InconsistentStateException">Storage holds another version than we expected.</exception>
    public async Task<string> CommitAsync(TableEntity entity, Guid writeId, string? expectedETag, string? grainETag)
    {
        try
        {
            var response = expectedETag is null
                ? await table.AddEntityAsync(entity).ConfigureAwait(false)
                : await table.UpdateEntityAsync(entity, new ETag(expectedETag), TableUpdateMode.Replace)
                    .ConfigureAwait(false);
            return response.Headers.ETag?.ToString()
                   ?? throw new InvalidOperationException("Table service returned no ETag.");
        }
        catch (RequestFailedException ex) when (IsConflict(ex))
        {
            var stored = await ReadAsync(new GrainStateKeys(entity.PartitionKey, entity.RowKey)).ConfigureAwait(false);
            if (stored is not null && GrainStateEntity.GetWriteId(stored) == writeId)
            {
                // An SDK retry of a request whose first attempt did land: the write is ours.
                return stored.ETag.ToString();
            }

            throw Conflict(entity.PartitionKey, entity.RowKey, grainETag, stored, ex);
        }
    }

    /// <exception cref="InconsistentStateException">Storage holds another version than we expected.</exception>
    public async Task DeleteAsync(GrainStateKeys keys, string? expectedETag, string? grainETag)
    {
        if (expectedETag is not null)
        {
            try
            {
                // The SDK treats 404 as success: a version already gone leaves the state we want.
                await table.DeleteEntityAsync(keys.PartitionKey, keys.RowKey, new ETag(expectedETag))
                    .ConfigureAwait(false);
                return;
            }
            catch (RequestFailedException ex) when (IsConflict(ex))
            {
                var current = await ReadAsync(keys).ConfigureAwait(false);
                throw Conflict(keys.PartitionKey, keys.RowKey, grainETag, current, ex);
            }
        }

        // We know of no stored version: that is right only if there is none.
        var stored = await ReadAsync(keys).ConfigureAwait(false);
        if (stored is not null)
        {
            throw Conflict(keys.PartitionKey, keys.RowKey, grainETag, stored, null);
        }
    }

    // 409: insert found an entity; 412: stale ETag; 404 on replace: deleted meanwhile.
    // A missing table is a setup error, not a conflict.
    private static bool IsConflict(RequestFailedException ex) =>
        ex.Status is 409 or 412 || (ex.Status == 404 && ex.ErrorCode != "TableNotFound");

    private InconsistentStateException Conflict(
        string partitionKey, string rowKey, string? grainETag, TableEntity? stored, Exception? cause)
    {
        var storedETag = stored is null
            ? "(none)"
            : new GrainStateETag(stored.ETag.ToString(), GrainStateEntity.BlobName(stored)).ToString();
        var currentETag = grainETag ?? "(none)";
        AzureTableGrainStorageLog.Conflict(logger, partitionKey, rowKey, grainETag);
        var message = $"ETag 冲突，状态已被其他写入者修改 (ETag conflict: grain state {partitionKey}/{rowKey} " +
                      $"in table {table.Name} was changed by another writer; stored {storedETag}, ours {currentETag}).";
        return cause is null
            ? new InconsistentStateException(message, storedETag, currentETag)
            : new InconsistentStateException(message, storedETag, currentETag, cause);
    }
}
