using System.Diagnostics;
using ComplianceHub.Cluster.Tests.Infrastructure;
using ComplianceHub.Cluster.Tests.Load;

namespace ComplianceHub.Cluster.Tests;

/// <summary>
/// Three hub processes on Azure Table clustering under a load of label batches from 24 enterprises. A silo is killed
/// with SIGKILL, then the storage account goes away and comes back: every batch that got a 2xx is stored exactly once,
/// the clients' retries of the rest are absorbed by their batch ids, no answer is a 500 (a dead silo or storage is a
/// 503 to retry), and the service resumes by itself. The figures (recovery times, answers seen) go to the test output.
/// </summary>
public sealed class ClusterFailureTests : IAsyncLifetime
{
    private const int Enterprises = 24;
    private const int BatchesPerPhase = 120;

    private readonly TestCluster _cluster = new(size: 3);

    public ValueTask InitializeAsync() => new(_cluster.StartAsync(Enterprises));

    public ValueTask DisposeAsync() => _cluster.DisposeAsync();

    [Fact]
    public async Task A_killed_silo_and_a_storage_outage_lose_nothing_acknowledged()
    {
        var output = TestContext.Current.TestOutputHelper;
        var load = new BatchLoad(_cluster.Hubs, _cluster.Enterprises, TestCluster.Today);
        var running = load.RunAsync();
        await ProgressAsync(load, BatchesPerPhase);

        // A silo dies with its grains in memory: calls to them are refused until the cluster declares it dead.
        var killed = Stopwatch.StartNew();
        _cluster.Hubs[2].Kill();
        var answering = await _cluster.AllAnswerAsync(TimeSpan.FromMinutes(2));
        output?.WriteLine($"silo killed: every enterprise answered again {answering.TotalSeconds:0.0} s after the kill ({killed.Elapsed.TotalSeconds:0.0} s)");
        await ProgressAsync(load, BatchesPerPhase);

        // The storage account goes away for a while and comes back on the same address with its data.
        var outage = Stopwatch.StartNew();
        await _cluster.Azurite.StopAsync();
        var refusedBefore = load.Tally.Count(s => s is 503 or 0);
        await Eventually.WaitAsync(() => Task.FromResult(load.Tally.Count(s => s is 503 or 0) > refusedBefore + 10), TimeSpan.FromMinutes(2), "refusals during the outage");
        await _cluster.Azurite.StartAsync();
        var resumed = await ProgressAsync(load, BatchesPerPhase);
        output?.WriteLine($"storage outage of {outage.Elapsed.TotalSeconds - resumed.TotalSeconds:0.0} s: load resumed by itself, {BatchesPerPhase} more batches {resumed.TotalSeconds:0.0} s after Azurite came back");

        load.Stop();
        await running;
        output?.WriteLine($"answers seen: {load.Tally}; retries {load.Tally.Retries}; acknowledged {load.AcknowledgedCount}");

        Assert.Equal(0, load.Tally.Count(s => s >= 500 && s != 503));
        Assert.True(load.Tally.Count(s => s == 503) > 0, $"no 503 was answered during the outage: {load.Tally}");
        var problems = await LoadVerdict.CheckAsync(_cluster.Hubs[0], _cluster.Enterprises, TestCluster.Today);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    /// <summary>Waits until <paramref name="batches"/> more batches are acknowledged than now.</summary>
    private static Task<TimeSpan> ProgressAsync(BatchLoad load, int batches)
    {
        var target = load.AcknowledgedCount + batches;
        return Eventually.WaitAsync(() => Task.FromResult(load.AcknowledgedCount >= target), TimeSpan.FromMinutes(4), $"{batches} more acknowledged batches");
    }
}
