using ComplianceHub.Storage.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ComplianceHub.Server.Health;

/// <summary>Ready means storage answers: one point read against a table the hub owns, bounded in time.</summary>
public sealed class StorageHealthCheck(StorageTables tables) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(Timeout);
        try
        {
            await tables.Directory.GetEntityIfExistsAsync<Azure.Data.Tables.TableEntity>("health", "probe", cancellationToken: cts.Token);
            return HealthCheckResult.Healthy("存储可用 (storage answers)");
        }
        catch (Exception ex) when (ex is Azure.RequestFailedException or OperationCanceledException or AggregateException)
        {
            return HealthCheckResult.Unhealthy("存储不可用 (storage does not answer)", ex);
        }
    }
}
