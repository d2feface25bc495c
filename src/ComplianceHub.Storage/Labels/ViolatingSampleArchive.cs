using System.Text;
using Azure.Storage.Blobs;
using ComplianceHub.Storage.Hosting;

namespace ComplianceHub.Storage.Labels;

/// <summary>
/// One blob per batch with its violating samples (JSON lines of shapes and fingerprints). Written
/// before the batch's state, overwritten identically by a retry, so it never holds anything the
/// state does not eventually account for.
/// </summary>
public sealed class ViolatingSampleArchive(StorageContainers containers)
{
    private readonly BlobContainerClient _container = containers.LabelSamples;

    public static string BlobName(string enterpriseId, string batchId) => $"{enterpriseId}/{batchId}.jsonl";

    public async Task WriteAsync(string enterpriseId, string batchId, IEnumerable<string> jsonLines, CancellationToken cancellationToken = default)
    {
        var content = new StringBuilder();
        foreach (var line in jsonLines)
        {
            content.Append(line).Append('\n');
        }

        await _container.GetBlobClient(BlobName(enterpriseId, batchId))
            .UploadAsync(BinaryData.FromString(content.ToString()), overwrite: true, cancellationToken).ConfigureAwait(false);
    }

    public async Task<string?> ReadAsync(string enterpriseId, string batchId, CancellationToken cancellationToken = default)
    {
        var blob = _container.GetBlobClient(BlobName(enterpriseId, batchId));
        if (!await blob.ExistsAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var content = await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false);
        return content.Value.Content.ToString();
    }
}
