namespace ComplianceHub.Server.Hosting;

/// <summary>How the silo joins its cluster (<c>Orleans:*</c>).</summary>
public sealed class OrleansOptions
{
    public const string SectionName = "Orleans";

    public string ClusterId { get; set; } = "compliancehub-dev";

    public string ServiceId { get; set; } = "compliancehub";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// <c>localhost</c> (one silo, the default), <c>azure-table</c> (silos find each other in the storage account's
    /// membership table: what a deployment needs), or <c>redis</c> (through <see cref="RedisClustering"/>).
    /// A set <see cref="RedisClustering"/> with no mode means <c>redis</c>, as before. Not <c>Orleans:Clustering</c>:
    /// Orleans reads that section itself, as its configuration-based provider selection.
    /// </summary>
    public string? ClusteringMode { get; set; }

    /// <summary>Redis connection string for <c>redis</c> clustering.</summary>
    public string? RedisClustering { get; set; }

    /// <summary>The address other silos and clients reach this one at (not for localhost or Kubernetes, which know their own); default 127.0.0.1.</summary>
    public string? AdvertisedIPAddress { get; set; }

    /// <summary>Run under Kubernetes (Microsoft.Orleans.Hosting.Kubernetes): pod name, IP and cluster id come from the pod.</summary>
    public bool Kubernetes { get; set; }

    public string Mode =>
        (ClusteringMode ?? (string.IsNullOrWhiteSpace(RedisClustering) ? "localhost" : "redis")).Trim().ToLowerInvariant();
}
