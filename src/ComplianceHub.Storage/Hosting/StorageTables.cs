using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace ComplianceHub.Storage.Hosting;

/// <summary>The tables ComplianceHub owns besides grain state, named once.</summary>
public sealed class StorageTables(TableServiceClient service, IOptions<StorageOptions> options)
{
    public TableClient Evidence { get; } = service.GetTableClient(options.Value.TablePrefix + "evidence");

    public TableClient Directory { get; } = service.GetTableClient(options.Value.TablePrefix + "directory");

    /// <summary>Every label batch an enterprise sent, by batchId: what makes a replay count once.</summary>
    public TableClient LabelBatches { get; } = service.GetTableClient(options.Value.TablePrefix + "labelbatches");

    /// <summary>Every report the hub issued, by reportId: what the verification URL on the report reads.</summary>
    public TableClient Reports { get; } = service.GetTableClient(options.Value.TablePrefix + "reports");

    /// <summary>Members of each roll-up leaf (division or brand), one versioned summary row per enterprise.</summary>
    public TableClient RollupMembers { get; } = service.GetTableClient(options.Value.TablePrefix + "rollupmembers");

    public IEnumerable<TableClient> All => [Evidence, Directory, LabelBatches, Reports, RollupMembers];

    public async Task CreateIfNotExistsAsync(CancellationToken cancellationToken)
    {
        foreach (var table in All)
        {
            await table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
