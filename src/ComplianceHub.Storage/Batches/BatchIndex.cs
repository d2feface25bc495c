using Azure;
using Azure.Data.Tables;
using ComplianceHub.Domain.Evidence;
using ComplianceHub.Storage.Hosting;

namespace ComplianceHub.Storage.Batches;

/// <summary>
/// (kind, batchId) → the result the hub first returned for it and the digest of the content it was sent with, per
/// enterprise. Written after the batch's state is durable, read when a batchId is not among the grain's recent ones,
/// so a batch id is counted once however old its replay.
/// </summary>
public sealed class BatchIndex(StorageTables tables)
{
    private readonly TableClient _table = tables.LabelBatches;

    /// <summary>
    /// Label batches keep the bare batchId as RowKey, the layout they were first stored in; other kinds are
    /// <c>kind|batchId</c>, which no label batch id can equal since ids never contain <c>|</c>.
    /// </summary>
    public static string RowKeyOf(string kind, string batchId) =>
        kind == EvidenceKinds.LabelBatchAccepted ? batchId : kind + "|" + batchId;

    public async Task<BatchRecord?> FindAsync(string enterpriseId, string kind, string batchId, CancellationToken cancellationToken = default)
    {
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(enterpriseId, RowKeyOf(kind, batchId), ["Result", "Digest"], cancellationToken)
            .ConfigureAwait(false);
        return row.HasValue && row.Value!.GetString("Result") is { } result ? new BatchRecord(result, row.Value.GetString("Digest")) : null;
    }

    public async Task PutAsync(string enterpriseId, string kind, string batchId, BatchRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var entity = new TableEntity(enterpriseId, RowKeyOf(kind, batchId)) { ["Result"] = record.ResultJson };
        if (record.ContentDigest is { } digest)
        {
            entity["Digest"] = digest;
        }

        await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }
}
