using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Storage.Hosting;

/// <summary>Creates ComplianceHub's tables before the host serves anything.</summary>
internal sealed class StorageInitializer(StorageTables tables) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => tables.CreateIfNotExistsAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
