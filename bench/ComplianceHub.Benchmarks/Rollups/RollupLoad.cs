using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using ComplianceHub.Abstractions.Enterprises;
using ComplianceHub.Abstractions.Labels;
using ComplianceHub.Abstractions.Rollups;
using ComplianceHub.Benchmarks.Storage;
using ComplianceHub.Domain.Divisions;
using ComplianceHub.Domain.Enterprises;
using ComplianceHub.Domain.Rollups;
using ComplianceHub.Domain.Time;
using ComplianceHub.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Benchmarks.Rollups;

/// <summary>
/// Roll-up scale run: N enterprises registered and scored (one label batch each) on a local silo against
/// Azurite, spread over every county in the catalogue; then the national roll-up queried while enterprises
/// keep changing. Reports load time, CPU of this process vs Azurite, heap per enterprise activation, and
/// p50/p99 of the national query.
/// <c>dotnet run -c Release --project bench/ComplianceHub.Benchmarks -- rollup [enterprises] [concurrency] [querySeconds] [labelEvery]</c>
/// (the closing figures of issue 5 came from <c>rollup 100000 48 30 1</c>).
/// </summary>
public static class RollupLoad
{
    private const string Actor = "bench:rollup";

    public static async Task<int> RunAsync(string[] args)
    {
        var count = Arg(args, 1, 100_000);
        var concurrency = Arg(args, 2, 48);
        var querySeconds = Arg(args, 3, 30);
        var labelEvery = Arg(args, 4, 1);
        var storage = await AzuriteInstance.GetConnectionStringAsync();
        var prefix = AzuriteInstance.UniqueName("rb")[..12];
        using var host = BenchSilo.Build(storage, prefix);
        await host.StartAsync();
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var nation = grains.GetGrain<IJurisdictionGrain>(DivisionCode.Nation.Value);
        await nation.GetView();
        var baseline = Heap();

        var counties = DivisionCatalog.Default.All.Where(c => c.Level == DivisionLevel.County).Select(c => c.Value).ToArray();
        var today = ChinaTime.DateOf(DateTimeOffset.UtcNow);
        var ids = Enumerable.Range(0, count).Select(i => Id(i)).ToArray();
        var cpu = new ProcessCpu(storage);
        var (cpu0, az0) = cpu.Sample();
        var clock = Stopwatch.StartNew();
        var done = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, _) =>
        {
            var grain = grains.GetGrain<IEnterpriseGrain>(ids[i]);
            var profile = new EnterpriseProfile($"网点{i}", EnterpriseKinds.All[i % 4], counties[i % counties.Length], $"brand-{i % 10}");
            await grain.Register(new RegisterEnterprise(profile, Actor));
            if (i % labelEvery == 0) await grain.RecordLabelBatch(Batch(new Random(i), $"load-{i}", today));
            if (Interlocked.Increment(ref done) % 10_000 == 0)
            {
                Console.Error.WriteLine($"  {done:N0} enterprises in {clock.Elapsed.TotalSeconds:F0} s");
            }
        });
        var loadTime = clock.Elapsed;
        var (cpu1, az1) = cpu.Sample();
        await WaitForNationAsync(nation, count);
        var converged = clock.Elapsed;

        await QueryUnderUpdatesAsync(grains, nation, ids, today, querySeconds, concurrency);

        // Every enterprise is active now. What the heap grew by, less what the leaves hold (measured by building
        // the same member sets here), is the enterprise grains' share, state included.
        var loaded = Heap();
        var management = grains.GetGrain<IManagementGrain>(0);
        var enterpriseActivations = await EnterpriseActivationsAsync(management);
        var stateBytes = await StateBytesAsync(storage, prefix);
        var leaves = await LeafBytesAsync(grains, ids.Take(2_000).ToArray()) * count / Math.Min(count, 2_000);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load: {count:N0} enterprises registered (and scored: evaluated at registration, one label batch for every {labelEvery}) in {loadTime.TotalSeconds:F1} s ({count / loadTime.TotalSeconds:F0} enterprises/s, concurrency {concurrency}); national roll-up exact after {converged.TotalSeconds:F1} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cpu during load: silo {(cpu1 - cpu0).TotalSeconds:F0} s, azurite {(az1 - az0)?.TotalSeconds:F0} s over {loadTime.TotalSeconds:F0} s wall"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"heap: baseline {Mb(baseline)}, loaded {Mb(loaded)} with {enterpriseActivations:N0} enterprise activations; division + brand leaves ≈ {Mb(leaves)} ({leaves / (double)count:F0} B per enterprise); "
            + $"per enterprise activation ≈ {(loaded - baseline - leaves) / (double)Math.Max(1, enterpriseActivations) / 1024.0:F1} KB incl. its state (stored state ≈ {stateBytes / 1024.0:F1} KB)"));
        // Cold start: every activation dropped, then the national query. Divisions answer from their snapshots and
        // refresh from their children behind the answer.
        await management.ForceActivationCollection(TimeSpan.FromMilliseconds(1));
        for (var wait = 0; wait < 120 && await EnterpriseActivationsAsync(management) > 0; wait++) await Task.Delay(500);
        var cold = Stopwatch.StartNew();
        var first = await nation.GetView();
        var firstAnswer = cold.Elapsed;
        await WaitForNationAsync(nation, count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cold national query: first answer in {firstAnswer.TotalMilliseconds:F0} ms ({first.Summary.Aggregate.Enterprises:N0} enterprises from snapshots), exact after {cold.Elapsed.TotalSeconds:F1} s"));
        BenchSilo.Quieten();
        await host.StopAsync();
        return 0;
    }

    private static async Task QueryUnderUpdatesAsync(IGrainFactory grains, IJurisdictionGrain nation, string[] ids, DateOnly today, int seconds, int concurrency)
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var updates = 0;
        var writers = Enumerable.Range(0, concurrency).Select(w => Task.Run(async () =>
        {
            var random = new Random(w);
            while (!stop.IsCancellationRequested)
            {
                var i = random.Next(ids.Length);
                await grains.GetGrain<IEnterpriseGrain>(ids[i]).RecordLabelBatch(Batch(random, $"upd-{w}-{random.Next()}", today));
                Interlocked.Increment(ref updates);
            }
        })).ToList();
        var latencies = new List<double>();
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var mine = new List<double>();
            while (!stop.IsCancellationRequested)
            {
                var started = Stopwatch.GetTimestamp();
                await nation.GetView();
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);

                // A dashboard's pace, not a tight loop: the updates must get the CPU they would get in service.
                await Task.Delay(20);
            }

            lock (latencies) latencies.AddRange(mine);
        })).ToList();
        await Task.WhenAll(writers.Concat(readers));
        latencies.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"national query under {updates / (double)seconds:F0} updates/s: {latencies.Count:N0} queries, p50 {latencies[latencies.Count / 2]:F2} ms, "
            + $"p99 {latencies[Math.Min(latencies.Count - 1, latencies.Count * 99 / 100)]:F2} ms, max {latencies[^1]:F1} ms"));
    }

    /// <summary>Heap taken by two member sets (a division's and a brand's) of the given enterprises' current summaries.</summary>
    private static async Task<long> LeafBytesAsync(IGrainFactory grains, string[] ids)
    {
        var rows = new List<string>();
        foreach (var id in ids)
        {
            var view = await grains.GetGrain<IEnterpriseGrain>(id).GetView();
            var division = await grains.GetGrain<IJurisdictionGrain>(view!.Profile.Division).GetPlan(DateTimeOffset.UtcNow, 1_000);
            rows.AddRange(division.Where(r => r.EnterpriseId == id).Select(Grains.Rollups.RollupJson.Serialize));
        }

        var before = Heap();
        var sets = new[] { new EnterpriseRollupSet(), new EnterpriseRollupSet() };
        foreach (var set in sets)
        {
            foreach (var json in rows) set.Apply(Grains.Rollups.RollupJson.Parse(json));
        }

        var after = Heap();
        GC.KeepAlive(sets);
        return (after - before) * ids.Length / Math.Max(1, rows.Count);
    }

    private static async Task<int> EnterpriseActivationsAsync(IManagementGrain management) =>
        (await management.GetSimpleGrainStatistics()).Where(s => s.GrainType.Contains("EnterpriseGrain", StringComparison.Ordinal)).Sum(s => s.ActivationCount);

    private static async Task WaitForNationAsync(IJurisdictionGrain nation, int count)
    {
        for (var attempt = 0; attempt < 600 && (await nation.GetView()).Summary.Aggregate.Enterprises != count; attempt++)
        {
            await Task.Delay(100);
        }
    }

    /// <summary>Average stored size of an enterprise's grain state row (all properties), over a sample.</summary>
    private static async Task<double> StateBytesAsync(string storage, string prefix)
    {
        var table = new TableClient(storage, prefix + "grainstate");
        var sizes = new List<long>();
        await foreach (var row in table.QueryAsync<TableEntity>(maxPerPage: 200))
        {
            sizes.Add(((IDictionary<string, object>)row).Values.Sum(v => v switch { byte[] b => b.Length, BinaryData d => d.ToArray().Length, string s => s.Length * 2L, _ => 8L }));
            if (sizes.Count == 200) break;
        }

        return sizes.Count == 0 ? 0 : sizes.Average();
    }

    private static LabelBatch Batch(Random random, string batchId, DateOnly today)
    {
        var printed = random.Next(100, 20_000);
        var samples = random.Next(5, 40);
        var compliant = samples - (random.Next(4) == 0 ? random.Next(1, samples) : 0);
        return new LabelBatch(batchId, today, printed, printed - random.Next(0, printed / 10), samples, compliant,
            new LabelViolationCounts(0, samples - compliant, 0), [], Actor);
    }

    private static long Heap()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:F0} MB");

    private static string Id(int i) =>
        SocialCreditCode.Create(string.Create(CultureInfo.InvariantCulture, $"91330782MA{i:D7}")).ToString();

    private static int Arg(string[] args, int index, int fallback) =>
        args.Length > index && int.TryParse(args[index], CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
