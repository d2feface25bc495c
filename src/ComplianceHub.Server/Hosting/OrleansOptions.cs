namespace ComplianceHub.Server.Hosting;

/// <summary>How the silo joins its cluster. Empty <see cref="RedisClustering"/> means one machine, localhost clustering.</summary>
public sealed class OrleansOptions
{
    public const string SectionName = "Orleans";

    public string ClusterId { get; set; } = "compliancehub-dev";

    public string ServiceId { get; set; } = "compliancehub";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;

    /// <summary>Redis connection string; when set, silos on several machines find each other through Redis.</summary>
    public string? RedisClustering { get; set; }
}
