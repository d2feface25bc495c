using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using ComplianceHub.Storage.Batches;
using ComplianceHub.Storage.Diagnostics;
using ComplianceHub.Storage.Directory;
using ComplianceHub.Storage.Evidence;
using ComplianceHub.Storage.Labels;
using ComplianceHub.Storage.Reports;
using ComplianceHub.Storage.Rollups;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplianceHub.Storage.Hosting;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the storage account clients and ComplianceHub's own stores (evidence log, directory),
    /// bound to the <c>Storage</c> configuration section, and creates their tables at start.
    /// </summary>
    public static IServiceCollection AddComplianceHubStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName));
        services.AddSingleton(sp => new TableServiceClient(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString, CreateTableClientOptions()));
        services.AddSingleton(sp => new BlobServiceClient(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString, CreateBlobClientOptions()));
        services.AddSingleton<StorageTables>();
        services.AddSingleton<StorageContainers>();
        services.AddSingleton<EvidenceTreeStore>();
        services.AddSingleton<EvidenceLogStore>();
        services.AddSingleton<EnterpriseDirectory>();
        services.AddSingleton<BatchIndex>();
        services.AddSingleton<ViolatingSampleArchive>();
        services.AddSingleton<ReportArchive>();
        services.AddSingleton<RollupMemberStore>();
        services.AddHostedService<StorageInitializer>();
        return services;
    }

    // Azure's transient failures (throttling, timeouts, 5xx) are retried by the SDK itself: a few
    // exponential retries bounded to seconds, so a caller sees a failure quickly rather than hanging.
    internal static TableClientOptions CreateTableClientOptions()
    {
        var options = new TableClientOptions();
        ConfigureRetry(options.Retry);
        options.AddPolicy(StorageRequestMetricsPolicy.Table, HttpPipelinePosition.PerRetry);
        return options;
    }

    internal static BlobClientOptions CreateBlobClientOptions()
    {
        var options = new BlobClientOptions();
        ConfigureRetry(options.Retry);
        options.AddPolicy(StorageRequestMetricsPolicy.Blob, HttpPipelinePosition.PerRetry);
        return options;
    }

    private static void ConfigureRetry(RetryOptions retry)
    {
        retry.Mode = RetryMode.Exponential;
        retry.MaxRetries = 4;
        retry.Delay = TimeSpan.FromMilliseconds(200);
        retry.MaxDelay = TimeSpan.FromSeconds(4);
        retry.NetworkTimeout = TimeSpan.FromSeconds(30);
    }
}
