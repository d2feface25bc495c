using ComplianceHub.Domain.Enterprises;
using ComplianceHub.Server.Http;
using ComplianceHub.Server.Labels;

namespace ComplianceHub.Server.Demo;

/// <summary>
/// Seeds the demo dataset once the host has started: every enterprise with its people, access logs,
/// incidents and label history. Idempotent, so restarting the hub changes nothing.
/// </summary>
public sealed partial class DemoSeeder(
    IGrainFactory grains, LabelSampleChecker checker, ContentDigests digests, TimeProvider clock, IHostApplicationLifetime lifetime, DemoSeedingStatus status, ILogger<DemoSeeder> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using var registration = lifetime.ApplicationStarted.Register(started.SetResult);
        await started.Task.WaitAsync(stoppingToken);

        var now = clock.GetUtcNow();
        var created = 0;
        var batches = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = stoppingToken };
        await Parallel.ForEachAsync(DemoDataset.Enterprises.Select((demo, serial) => (demo, serial)), options, async (item, _) =>
        {
            var id = EnterpriseId.Parse(item.demo.Id).ToString();
            var (isNew, newBatches) = await DemoEnterpriseSeeder.SeedAsync(grains, checker, digests, item.demo, item.serial, id, now);
            Interlocked.Add(ref created, isNew ? 1 : 0);
            Interlocked.Add(ref batches, newBatches);
        });

        LogSeeded(logger, DemoDataset.Enterprises.Count, created, batches);
        var outlet = EnterpriseId.Parse(DemoDataset.Enterprises[0].Id).ToString();
        if (await DemoInspectionSeeder.SeedAsync(grains, outlet, now))
        {
            LogInspectionSeeded(logger, DemoInspectionSeeder.InspectionKey, outlet);
        }

        status.MarkSeeded();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: {Total} enterprises present, {Created} newly registered, {Batches} new label batches")]
    private static partial void LogSeeded(ILogger logger, int total, int created, int batches);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: closed inspection {InspectionId} of {EnterpriseId} (one order verified, one overdue)")]
    private static partial void LogInspectionSeeded(ILogger logger, Guid inspectionId, string enterpriseId);
}
