using Orleans.Configuration;

namespace ComplianceHub.Server.Hosting;

/// <summary>
/// How fast a cluster notices a dead silo, and how long a silo takes to stop. Orleans' defaults (a 5 s probe timeout,
/// 3 missed probes, then votes) leave a dead silo's grains unreachable for 15–30 s; an enterprise system retrying a
/// batch should see them answer again within 10 s of a kill. A silo asked to stop whose membership table is gone
/// (the storage account unreachable) must still exit, within <see cref="ShutdownTimeout"/>, instead of hanging.
/// </summary>
public static class MembershipSetup
{
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(2);

    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(20);

    public static ISiloBuilder UseFastFailureDetection(this ISiloBuilder silo)
    {
        silo.Configure<ClusterMembershipOptions>(o =>
        {
            o.ProbeTimeout = ProbeTimeout;
            o.NumMissedProbesLimit = 2;
            o.NumVotesForDeathDeclaration = 1;
            o.TableRefreshTimeout = TimeSpan.FromSeconds(5);
        });
        silo.Services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownTimeout);
        silo.Services.AddHostedService<ShutdownWatchdog>();
        return silo;
    }
}
