using ComplianceHub.Abstractions.Serialization;
using ComplianceHub.Grains.Evidence;
using ComplianceHub.Storage.GrainStorage;
using ComplianceHub.Storage.Hosting;
using ComplianceHub.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.TestingHost;

namespace ComplianceHub.Grains.Tests.Infrastructure;

/// <summary>
/// One two-silo cluster for the whole assembly, its grain state and evidence in the run's real
/// Azurite under a table prefix of its own. Tests use fresh grain keys, never a fresh cluster.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public string TablePrefix { get; } = AzuriteInstance.UniqueName("grn")[..16];

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    /// <summary>Services of the first silo, for reading storage directly (the way a verifier would).</summary>
    public IServiceProvider Services => Cluster.Silos[0].ServiceProvider;

    public async ValueTask InitializeAsync()
    {
        var storage = await AzuriteInstance.GetConnectionStringAsync();
        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSiloHost((_, host) =>
        {
            host.Configuration["Storage:ConnectionString"] = storage;
            host.Configuration["Storage:TablePrefix"] = TablePrefix;
            host.Services.AddSingleton(TimeProvider.System);
            host.Services.AddComplianceHubStorage(host.Configuration);
            host.Services.AddComplianceHubEvidence(host.Configuration);
            host.Services.AddSerializer(serializer => serializer.AddDomainTypesAsJson());
        });
        builder.ConfigureClientHost(host => host.Services.AddSerializer(serializer => serializer.AddDomainTypesAsJson()));
        builder.ConfigureSilo((_, silo) => silo
            .AddAzureTableGrainStorageAsDefault(o =>
            {
                o.ConfigureTableServiceClient(storage);
                o.TableName = TablePrefix + "grainstate";
            })
            .UseInMemoryReminderService());
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.DisposeAsync();
    }
}
