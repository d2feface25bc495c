using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ComplianceHub.Server.Demo;

/// <summary>
/// Not ready until the demo data is in: deploy/run.sh waits for /health/ready before it prints the tour, and a
/// URL printed before the seeder finished would answer 404 (the demo inspection is seeded last).
/// </summary>
public sealed class DemoSeedingHealthCheck(DemoSeedingStatus status) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(status.Seeded
            ? HealthCheckResult.Healthy("演示数据已写入 (demo data seeded)")
            : HealthCheckResult.Unhealthy("演示数据写入中 (seeding demo data)"));
}
