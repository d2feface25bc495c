using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ComplianceHub.Storage.GrainStorage;
using ComplianceHub.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace ComplianceHub.Benchmarks.Storage;

/// <summary>
/// Grain-state writes per second through <see cref="AzureTableGrainStorage"/> versus a raw
/// Azure.Data.Tables upsert of an entity of the same size, both against the same Azurite
/// (CHUB_TEST_STORAGE, or a private one per benchmark process). Each lane is one grain writing
/// sequentially, as an activation does; Concurrency lanes run side by side, as many grains do.
/// Run: dotnet run -c Release --project bench/ComplianceHub.Benchmarks -- --filter '*StorageWrite*'
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class StorageWriteBenchmarks
{
    private const int WritesPerInvoke = 256;

    private AzureTableGrainStorage _provider = null!;
    private TableClient _raw = null!;
    private GrainId[] _grains = [];
    private GrainState<byte[]>[] _states = [];
    private TableEntity[] _entities = [];
    private ProcessCpu _cpu = null!;
    private (TimeSpan Dotnet, TimeSpan? Azurite) _cpuAtStart;
    private readonly Stopwatch _wall = new();
    private long _writes;

    [Params(1, 16)]
    public int Concurrency { get; set; }

    [Params(1024, 16 * 1024)]
    public int StateBytes { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var connectionString = await AzuriteInstance.GetConnectionStringAsync().ConfigureAwait(false);
        var options = new AzureTableGrainStorageOptions { TableName = AzuriteInstance.UniqueName("benchgrains") };
        options.ConfigureTableServiceClient(connectionString);
        var services = new ServiceCollection().AddSerializer().BuildServiceProvider();
        var serializer = new OrleansGrainStorageSerializer(services.GetRequiredService<Serializer>());
        _provider = new AzureTableGrainStorage("bench", options, serializer, "bench",
            services.GetRequiredService<IActivatorProvider>(), NullLogger<AzureTableGrainStorage>.Instance);
        await _provider.InitializeAsync(CancellationToken.None).ConfigureAwait(false);

        _raw = options.TableServiceClient!.GetTableClient(AzuriteInstance.UniqueName("benchraw"));
        await _raw.CreateIfNotExistsAsync().ConfigureAwait(false);

        var random = new Random(42);
        _grains = [.. Enumerable.Range(0, Concurrency).Select(i => GrainId.Create("bench", $"grain{i}"))];
        _states = [.. _grains.Select(_ => new GrainState<byte[]>(RandomBytes(random, StateBytes)))];
        // Same bytes on the wire: the raw entity carries as many bytes as the provider serializes.
        var serializedBytes = serializer.Serialize(_states[0].State).ToMemory().Length;
        _entities = [.. _grains.Select(g => new TableEntity(GrainStateKeys.Escape($"bench_{g}"), "state")
        {
            ["Data_0"] = BinaryData.FromBytes(RandomBytes(random, serializedBytes)),
        })];

        _cpu = new ProcessCpu(connectionString);
        _cpuAtStart = _cpu.Sample();
        _wall.Start();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = WritesPerInvoke)]
    public Task RawUpsert() =>
        InLanes(lane => _raw.UpsertEntityAsync(_entities[lane], TableUpdateMode.Replace));

    [Benchmark(OperationsPerInvoke = WritesPerInvoke)]
    public Task ProviderWrite() =>
        InLanes(lane => _provider.WriteStateAsync("state", _grains[lane], _states[lane]));

    [GlobalCleanup]
    public void ReportCpuSplit()
    {
        var (dotnet, azurite) = _cpu.Sample();
        var dotnetCpu = dotnet - _cpuAtStart.Dotnet;
        var azuriteCpu = azurite - _cpuAtStart.Azurite;
        var writes = Math.Max(1, Interlocked.Read(ref _writes));
        var azuriteText = azuriteCpu is { } a
            ? string.Create(CultureInfo.InvariantCulture, $"{a.TotalSeconds:F1} s = {a.TotalMilliseconds / writes:F2} ms/write")
            : "n/a";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// CPU split (Concurrency={Concurrency}, StateBytes={StateBytes}), {writes} writes in {_wall.Elapsed.TotalSeconds:F1} s wall: " +
            $"dotnet {dotnetCpu.TotalSeconds:F1} s = {dotnetCpu.TotalMilliseconds / writes:F2} ms/write, azurite {azuriteText}"));
    }

    private Task InLanes(Func<int, Task> write) =>
        Task.WhenAll(Enumerable.Range(0, Concurrency).Select(async lane =>
        {
            for (var i = 0; i < WritesPerInvoke / Concurrency; i++)
            {
                await write(lane).ConfigureAwait(false);
                Interlocked.Increment(ref _writes);
            }
        }));

    private static byte[] RandomBytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }
}
