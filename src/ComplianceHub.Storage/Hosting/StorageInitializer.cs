using Microsoft.Extensions.Hosting;

namespace ComplianceHub.Storage.Hosting;

/// <summary>Creates ComplianceHub's tables and containers before the host serves anything, and stops over data it cannot read.</summary>
internal sealed class StorageInitializer(StorageTables tables, StorageContainers containers) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await tables.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        await LegacyKeyLayout.ThrowIfPresentAsync(tables, cancellationToken).ConfigureAwait(false);
        await containers.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
