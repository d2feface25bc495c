using Azure.Data.Tables;
using ComplianceHub.Storage.GrainStorage;
using ComplianceHub.Testing;
using Orleans.TestingHost;
using Xunit;

namespace ComplianceHub.Storage.Tests.GrainStorage;

public sealed class GrainStorageClusterTests
{
    [Fact]
    public async Task Default_provider_registered_on_the_silo_keeps_grain_state_across_reactivation()
    {
        var ct = TestContext.Current.CancellationToken;
        var connectionString = await AzuriteInstance.GetConnectionStringAsync();
        var tableName = AzuriteInstance.UniqueName("cluster");
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) => silo.AddAzureTableGrainStorageAsDefault(options =>
        {
            options.TableName = tableName;
            options.ConfigureTableServiceClient(connectionString);
        }));
        await using var cluster = builder.Build();
        await cluster.DeployAsync(ct);

        var grain = cluster.Client.GetGrain<INoteGrain>("91330782MA2XXXXXX1/YW001");
        await grain.SetAsync("已整改 (rectified)");
        var before = await grain.GetAsync();
        await cluster.DeactivateAsync(grain);
        var after = await grain.GetAsync();

        Assert.NotEqual(before.ActivationId, after.ActivationId);
        Assert.Equal("已整改 (rectified)", after.Text);
        Assert.True(after.RecordExists);
        var stored = await new TableClient(connectionString, tableName).QueryAsync<TableEntity>(cancellationToken: ct)
            .ToListAsync(ct);
        Assert.Equal("note~2F91330782MA2XXXXXX1~2FYW001_x", Assert.Single(stored).RowKey);
    }
}
