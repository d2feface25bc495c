using Azure.Storage.Blobs;
using Microsoft.Extensions.Options;

namespace ComplianceHub.Storage.Hosting;

/// <summary>The blob containers ComplianceHub owns, named once.</summary>
public sealed class StorageContainers(BlobServiceClient service, IOptions<StorageOptions> options)
{
    /// <summary>Violating label samples, as shapes and fingerprints only, one blob per batch.</summary>
    public BlobContainerClient LabelSamples { get; } = service.GetBlobContainerClient(options.Value.TablePrefix + "-label-samples");

    /// <summary>Every issued report PDF, byte for byte, as it was handed out.</summary>
    public BlobContainerClient Reports { get; } = service.GetBlobContainerClient(options.Value.TablePrefix + "-reports");

    public IEnumerable<BlobContainerClient> All => [LabelSamples, Reports];

    public async Task CreateIfNotExistsAsync(CancellationToken cancellationToken)
    {
        foreach (var container in All)
        {
            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }
}
