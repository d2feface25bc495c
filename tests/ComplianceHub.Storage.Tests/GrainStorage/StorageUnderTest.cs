using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using ComplianceHub.Storage.GrainStorage;
using ComplianceHub.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Serialization;
using Orleans.Serialization.Serializers;
using Orleans.Storage;
using Xunit;

namespace ComplianceHub.Storage.Tests.GrainStorage;

/// <summary>A provider on its own fresh table and container in the shared Azurite, plus raw clients to inspect them.</summary>
internal sealed class StorageUnderTest
{
    private static readonly Lazy<IServiceProvider> Serialization =
        new(() => new ServiceCollection().AddSerializer().BuildServiceProvider());

    private StorageUnderTest(AzureTableGrainStorageOptions options)
    {
        var services = Serialization.Value;
        Provider = new AzureTableGrainStorage(
            "test",
            options,
            new OrleansGrainStorageSerializer(services.GetRequiredService<Serializer>()),
            "chub-tests",
            services.GetRequiredService<IActivatorProvider>(),
            NullLogger<AzureTableGrainStorage>.Instance);
        Table = options.TableServiceClient!.GetTableClient(options.TableName);
        Container = options.BlobServiceClient!.GetBlobContainerClient(options.ContainerName);
    }

    public AzureTableGrainStorage Provider { get; }

    public TableClient Table { get; }

    public BlobContainerClient Container { get; }

    public static async Task<StorageUnderTest> CreateAsync(bool deleteStateOnClear = false, bool initialize = true)
    {
        var options = new AzureTableGrainStorageOptions
        {
            TableName = AzuriteInstance.UniqueName("grains"),
            ContainerName = AzuriteInstance.UniqueName("spill"),
            DeleteStateOnClear = deleteStateOnClear,
        };
        options.ConfigureTableServiceClient(await AzuriteInstance.GetConnectionStringAsync());
        var storage = new StorageUnderTest(options);
        if (initialize)
        {
            await storage.Provider.InitializeAsync(TestContext.Current.CancellationToken);
        }

        return storage;
    }

    public static GrainId NewGrainId() => GrainId.Create("storagetest", Guid.NewGuid().ToString("N"));

    public async Task<TestGrainState<T>> ReadAsync<T>(GrainId grainId, string stateName = "state")
        where T : new()
    {
        var state = new TestGrainState<T>(new T());
        await Provider.ReadStateAsync(stateName, grainId, state);
        return state;
    }

    public async Task<TestGrainState<T>> WriteNewAsync<T>(GrainId grainId, T value, string stateName = "state")
    {
        var state = new TestGrainState<T>(value);
        await Provider.WriteStateAsync(stateName, grainId, state);
        return state;
    }

    /// <summary>The one entity of this test's table (each test writes one grain's state).</summary>
    public async Task<TableEntity?> SingleEntityAsync()
    {
        var entities = await Table.QueryAsync<TableEntity>(cancellationToken: TestContext.Current.CancellationToken)
            .ToListAsync(TestContext.Current.CancellationToken);
        return entities.Count == 0 ? null : Assert.Single(entities);
    }

    public async Task<bool> TableExistsAsync()
    {
        var service = new TableServiceClient(await AzuriteInstance.GetConnectionStringAsync());
        return await service.QueryAsync(t => t.Name == Table.Name, cancellationToken: TestContext.Current.CancellationToken)
            .AnyAsync(TestContext.Current.CancellationToken);
    }

    public async Task<List<string>> BlobNamesAsync()
    {
        try
        {
            return await Container.GetBlobsAsync(cancellationToken: TestContext.Current.CancellationToken)
                .Select(b => b.Name).ToListAsync(TestContext.Current.CancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return [];
        }
    }
}
