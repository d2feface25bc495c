using Azure.Data.Tables;
using Azure.Storage.Blobs;
using ComplianceHub.Domain.Evidence;
using ComplianceHub.Storage.Evidence;
using ComplianceHub.Storage.Hosting;
using ComplianceHub.Testing;
using Microsoft.Extensions.Options;
using Xunit;

namespace ComplianceHub.Storage.Tests.Hosting;

public sealed class LegacyKeyLayoutTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_stops_with_a_clear_message_over_evidence_written_with_the_first_key_layout()
    {
        var (tables, initializer) = await FreshStorageAsync();
        await initializer.StartAsync(Ct);
        // What layout 1 wrote for an enterprise's first entry: the bare sequence number as RowKey.
        await tables.Evidence.AddEntityAsync(new TableEntity("91330782MA2XXXXXX1-YW001", "0000000000000000001"), Ct);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => initializer.StartAsync(Ct));

        Assert.Contains("旧版键布局", error.Message, StringComparison.Ordinal);
        Assert.Contains("earlier key layout", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_accepts_evidence_written_by_this_version_and_reads_it_back_in_order()
    {
        var (tables, initializer) = await FreshStorageAsync();
        await initializer.StartAsync(Ct);
        var store = new EvidenceLogStore(tables, new EvidenceTreeStore(tables));
        const string id = "91330782MA2XXXXXX1-YW001";
        var first = EvidenceChain.Next(null, id, DateTimeOffset.UtcNow, EvidenceKinds.EnterpriseRegistered, "test", "{}");
        var second = EvidenceChain.Next(first, id, DateTimeOffset.UtcNow, EvidenceKinds.EnterpriseUpdated, "test", "{}");
        await store.AppendAsync([first, second], Ct);

        await initializer.StartAsync(Ct);

        Assert.Equal([1L, 2L], await store.ReadAsync(id, cancellationToken: Ct).Select(e => e.Seq).ToListAsync(Ct));
        Assert.Equal(second.Hash, (await store.GetAsync(id, 2, Ct))?.Hash);
        Assert.Equal([2L], await store.ReadAsync(id, fromSeq: 2, Ct).Select(e => e.Seq).ToListAsync(Ct));

        // The layout this check guards, as stored: the enterprise id, then the 19-digit sequence number.
        var rowKeys = await tables.Evidence
            .QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {id}"), select: ["RowKey"], cancellationToken: Ct)
            .Select(e => e.RowKey).ToListAsync(Ct);
        Assert.Equal([id + "_0000000000000000001", id + "_0000000000000000002"], rowKeys);
    }

    private static async Task<(StorageTables Tables, StorageInitializer Initializer)> FreshStorageAsync()
    {
        var connection = await AzuriteInstance.GetConnectionStringAsync();
        var options = Options.Create(new StorageOptions { ConnectionString = connection, TablePrefix = AzuriteInstance.UniqueName("layout")[..20] });
        var tables = new StorageTables(new TableServiceClient(connection), options);
        var containers = new StorageContainers(new BlobServiceClient(connection), options);
        return (tables, new StorageInitializer(tables, containers));
    }
}
