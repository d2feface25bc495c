using ComplianceHub.Abstractions.Enterprises;
using ComplianceHub.Domain.Enterprises;

namespace ComplianceHub.Server.Demo;

/// <summary>Registers the demo dataset once the host has started. Idempotent: re-registering an unchanged profile writes nothing.</summary>
public sealed partial class DemoSeeder(IGrainFactory grains, IHostApplicationLifetime lifetime, ILogger<DemoSeeder> logger) : BackgroundService
{
    public const string Actor = "system:demo-seed";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using var registration = lifetime.ApplicationStarted.Register(started.SetResult);
        await started.Task.WaitAsync(stoppingToken);

        var created = 0;
        foreach (var demo in DemoDataset.Enterprises)
        {
            var id = EnterpriseId.Parse(demo.Id).ToString();
            var profile = new EnterpriseProfile(demo.Name, demo.Kind, demo.Division, demo.BrandId);
            var result = await grains.GetGrain<IEnterpriseGrain>(id).Register(new RegisterEnterprise(profile, Actor));
            created += result.Created ? 1 : 0;
        }

        LogSeeded(logger, DemoDataset.Enterprises.Count, created);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: {Total} enterprises present, {Created} newly registered")]
    private static partial void LogSeeded(ILogger logger, int total, int created);
}
