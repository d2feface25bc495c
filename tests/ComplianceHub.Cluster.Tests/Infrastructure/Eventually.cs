using System.Diagnostics;

namespace ComplianceHub.Cluster.Tests.Infrastructure;

/// <summary>
/// Waits for a condition another process makes true (a port listening, a hub ready, a dead silo's grains answering
/// again). Those processes offer no event to await, so the condition is asked every <c>period</c> until the deadline;
/// how long it took is the measurement, never an assertion on speed.
/// </summary>
public static class Eventually
{
    public static async Task<TimeSpan> WaitAsync(Func<Task<bool>> condition, TimeSpan timeout, string what, TimeSpan? period = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var clock = Stopwatch.StartNew();
        using var timer = new PeriodicTimer(period ?? TimeSpan.FromMilliseconds(200));
        while (!await condition().ConfigureAwait(false))
        {
            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException($"{what}: not within {timeout.TotalSeconds:0} s");
            }

            await timer.WaitForNextTickAsync().ConfigureAwait(false);
        }

        return clock.Elapsed;
    }
}
