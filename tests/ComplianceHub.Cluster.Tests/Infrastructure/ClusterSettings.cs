using System.Security.Cryptography;

namespace ComplianceHub.Cluster.Tests.Infrastructure;

/// <summary>What every hub of one test cluster shares: the storage account, its tables and cluster id, the keys.</summary>
public sealed record ClusterSettings(string Storage, string TablePrefix, string SigningKey, string FingerprintKey)
{
    public static ClusterSettings For(string storage) => new(
        storage,
        "k" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)),
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
}
