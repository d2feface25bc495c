using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using ComplianceHub.Storage.Diagnostics;

namespace ComplianceHub.Storage.GrainStorage;

/// <summary>
/// Transient-fault handling is left to the Azure SDK's own retry policy rather than a second loop of
/// ours: it already knows which statuses are retriable (408, 429, 500, 502, 503, 504, socket errors)
/// and honours Retry-After. Bounded so a grain call fails within seconds instead of hanging: at most
/// 5 retries, exponential from 200 ms, capped at 4 s per wait (≈ 10 s worst case, plus request time).
/// ETag conflicts (409/412) are not retried by the SDK and surface at once as InconsistentStateException.
/// </summary>
public static class StorageClientDefaults
{
    public static TableClientOptions TableClientOptions()
    {
        var options = new TableClientOptions();
        Apply(options.Retry);
        options.AddPolicy(StorageRequestMetricsPolicy.Table, HttpPipelinePosition.PerRetry);
        return options;
    }

    public static BlobClientOptions BlobClientOptions()
    {
        var options = new BlobClientOptions();
        Apply(options.Retry);
        options.AddPolicy(StorageRequestMetricsPolicy.Blob, HttpPipelinePosition.PerRetry);
        return options;
    }

    private static void Apply(RetryOptions retry)
    {
        retry.Mode = RetryMode.Exponential;
        retry.MaxRetries = 5;
        retry.Delay = TimeSpan.FromMilliseconds(200);
        retry.MaxDelay = TimeSpan.FromSeconds(4);
        retry.NetworkTimeout = TimeSpan.FromSeconds(30);
    }
}
