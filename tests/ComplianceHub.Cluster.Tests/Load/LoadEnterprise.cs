using System.Collections.Concurrent;

namespace ComplianceHub.Cluster.Tests.Load;

/// <summary>One enterprise of the load: its token, and every batch the hub acknowledged (batch id → waybills printed).</summary>
public sealed class LoadEnterprise(string id, string token)
{
    public string Id { get; } = id;

    public string Token { get; } = token;

    public ConcurrentDictionary<string, long> Acknowledged { get; } = new(StringComparer.Ordinal);
}
