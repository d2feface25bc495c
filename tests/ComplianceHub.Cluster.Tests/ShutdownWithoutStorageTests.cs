using System.Diagnostics;
using ComplianceHub.Cluster.Tests.Infrastructure;

namespace ComplianceHub.Cluster.Tests;

/// <summary>A silo asked to stop while its storage account (and so its membership table) is gone exits within its shutdown timeout.</summary>
public sealed class ShutdownWithoutStorageTests : IAsyncLifetime
{
    private readonly TestCluster _cluster = new(size: 2);

    public ValueTask InitializeAsync() => new(_cluster.StartAsync(enterprises: 2));

    public ValueTask DisposeAsync() => _cluster.DisposeAsync();

    [Fact]
    public async Task A_silo_stops_within_its_timeout_when_the_clustering_store_is_unreachable()
    {
        await _cluster.Azurite.StopAsync();
        var clock = Stopwatch.StartNew();

        var exited = await _cluster.Hubs[1].TerminateAsync(TimeSpan.FromSeconds(90));

        TestContext.Current.TestOutputHelper?.WriteLine($"SIGTERM without storage: exited after {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(exited, $"the silo had not exited 90 s after SIGTERM; see {_cluster.Hubs[1].LogPath}");
    }
}
