using Azure;
using Azure.Storage.Blobs;

namespace ComplianceHub.Storage.GrainStorage;

/// <summary>
/// Blobs holding states too large for one table entity. Each write gets a new, never reused blob
/// name, so a blob is immutable once an entity points at it and readers never see a half-written one.
/// </summary>
internal sealed class SpillBlobStore
{
    private readonly BlobContainerClient? _container;
    private Task? _created;

    public SpillBlobStore(BlobServiceClient? service, string containerName)
    {
        _container = service?.GetBlobContainerClient(containerName);
    }

    private BlobContainerClient Container => _container ?? throw new InvalidOperationException(
        "状态超过表实体上限，但未配置 Blob 存储 (grain state exceeds one table entity and no " +
        "BlobServiceClient is configured; call ConfigureBlobServiceClient or ConfigureTableServiceClient(connectionString)).");

    public static string NewBlobName(GrainStateKeys keys, Guid writeId) => $"{keys.BlobPrefix()}/{writeId:N}";

    public async Task UploadAsync(string blobName, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        await EnsureContainerAsync().ConfigureAwait(false);
        await Container.GetBlobClient(blobName)
            .UploadAsync(BinaryData.FromBytes(data), overwrite: false, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>The blob's bytes, or null if it is gone (replaced and deleted by a newer write).</summary>
    public async Task<byte[]?> DownloadAsync(string blobName, CancellationToken cancellationToken)
    {
        try
        {
            var result = await Container.GetBlobClient(blobName)
                .DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return result.Value.Content.ToArray();
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    // Created on first spill, not at silo start: most deployments never spill, and a table-only
    // account must still start. A failed attempt is forgotten so the next spill tries again.
    private Task EnsureContainerAsync()
    {
        var created = _created;
        if (created is null || created.IsFaulted || created.IsCanceled)
        {
            created = Container.CreateIfNotExistsAsync();
            _created = created;
        }

        return created;
    }

    /// <summary>Best effort: a blob left behind wastes space but never corrupts state.</summary>
    public async Task<bool> TryDeleteAsync(string blobName)
    {
        try
        {
            await Container.GetBlobClient(blobName).DeleteIfExistsAsync().ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException)
        {
            return false;
        }
    }
}
