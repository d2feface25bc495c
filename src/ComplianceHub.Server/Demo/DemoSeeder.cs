using System.Globalization;
using ComplianceHub.Abstractions.Enterprises;
using ComplianceHub.Domain.Enterprises;
using ComplianceHub.Domain.Time;
using ComplianceHub.Server.Labels;

namespace ComplianceHub.Server.Demo;

/// <summary>
/// Registers the demo dataset and its label history once the host has started. Idempotent: an
/// unchanged profile writes nothing and a replayed batch id counts nothing twice.
/// </summary>
public sealed partial class DemoSeeder(
    IGrainFactory grains, LabelSampleChecker checker, TimeProvider clock, IHostApplicationLifetime lifetime, ILogger<DemoSeeder> logger)
    : BackgroundService
{
    public const string Actor = "system:demo-seed";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using var registration = lifetime.ApplicationStarted.Register(started.SetResult);
        await started.Task.WaitAsync(stoppingToken);

        var today = ChinaTime.DateOf(clock.GetUtcNow());
        var created = 0;
        var batches = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = stoppingToken };
        await Parallel.ForEachAsync(DemoDataset.Enterprises.Select((demo, serial) => (demo, serial)), options, async (item, _) =>
        {
            var (demo, serial) = item;
            var id = EnterpriseId.Parse(demo.Id).ToString();
            var grain = grains.GetGrain<IEnterpriseGrain>(id);
            var result = await grain.Register(new RegisterEnterprise(demo.ToProfile(), Actor));
            if (result.Created)
            {
                Interlocked.Increment(ref created);
            }

            foreach (var request in DemoLabelHistory.For(id, serial, today))
            {
                var recorded = await grain.RecordLabelBatch(checker.Check(request, DateOnly.Parse(request.Date!, CultureInfo.InvariantCulture), Actor));
                if (!recorded.Replayed)
                {
                    Interlocked.Increment(ref batches);
                }
            }
        });

        LogSeeded(logger, DemoDataset.Enterprises.Count, created, batches);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: {Total} enterprises present, {Created} newly registered, {Batches} new label batches")]
    private static partial void LogSeeded(ILogger logger, int total, int created, int batches);
}
