using Azure;
using Azure.Data.Tables;
using ComplianceHub.Storage.Hosting;

namespace ComplianceHub.Storage.Labels;

/// <summary>
/// batchId → the result the hub first returned for it, per enterprise. Written after the batch's
/// state is durable, read when a batchId is not among the grain's recent ones.
/// </summary>
public sealed class LabelBatchIndex(StorageTables tables)
{
    private readonly TableClient _table = tables.LabelBatches;

    public async Task<string?> FindAsync(string enterpriseId, string batchId, CancellationToken cancellationToken = default)
    {
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(enterpriseId, batchId, ["Result"], cancellationToken).ConfigureAwait(false);
        return row.HasValue ? row.Value!.GetString("Result") : null;
    }

    public async Task PutAsync(string enterpriseId, string batchId, string resultJson, CancellationToken cancellationToken = default)
    {
        var entity = new TableEntity(enterpriseId, batchId) { ["Result"] = resultJson };
        await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }
}
