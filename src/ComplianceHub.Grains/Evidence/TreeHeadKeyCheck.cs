using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Grains.Evidence;

/// <summary>Loads the tree head key when the host starts, so a Production hub without one stops at once, not at its first write.</summary>
internal sealed class TreeHeadKeyCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetService(typeof(TreeHeadKeys));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
