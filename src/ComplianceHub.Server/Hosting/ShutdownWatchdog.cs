namespace ComplianceHub.Server.Hosting;

/// <summary>
/// Ends the process if a requested stop overruns. Orleans keeps trying to mark the silo Stopping in its membership
/// table and the grains' last writes retry against storage; with the storage account unreachable that stop hung for
/// minutes, and an orchestrator would have to kill the pod. Every acknowledged change is already durable (a request is
/// answered only after its writes), so nothing is lost by ending the process once the host's own shutdown timeout
/// and a grace period have passed.
/// </summary>
public sealed partial class ShutdownWatchdog(IHostApplicationLifetime lifetime, ILogger<ShutdownWatchdog> logger) : IHostedService, IDisposable
{
    /// <summary>How long after the host's shutdown timeout the process is ended regardless.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);

    private Timer? _timer;
    private CancellationTokenRegistration _stopping;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _stopping = lifetime.ApplicationStopping.Register(() =>
            _timer = new Timer(_ => End(), null, MembershipSetup.ShutdownTimeout + Grace, Timeout.InfiniteTimeSpan));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
        _stopping.Dispose();
        _timer?.Dispose();
    }

    private void End()
    {
        LogForcedExit(logger, (MembershipSetup.ShutdownTimeout + Grace).TotalSeconds);

        // Not Environment.Exit: its exit handlers wait for the very host stop that hangs.
        System.Diagnostics.Process.GetCurrentProcess().Kill();
    }

    [LoggerMessage(1, LogLevel.Critical, "Stop overran {Seconds} s (storage or membership table unreachable?): ending the process; every acknowledged change is already stored")]
    private static partial void LogForcedExit(ILogger logger, double seconds);
}
