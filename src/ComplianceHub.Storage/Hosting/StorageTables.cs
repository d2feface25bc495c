using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace ComplianceHub.Storage.Hosting;

/// <summary>The tables ComplianceHub owns besides grain state, named once.</summary>
public sealed class StorageTables(TableServiceClient service, IOptions<StorageOptions> options)
{
    public TableClient Evidence { get; } = service.GetTableClient(options.Value.TablePrefix + "evidence");

    public TableClient Directory { get; } = service.GetTableClient(options.Value.TablePrefix + "directory");

    public IEnumerable<TableClient> All => [Evidence, Directory];

    public async Task CreateIfNotExistsAsync(CancellationToken cancellationToken)
    {
        foreach (var table in All)
        {
            await table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
