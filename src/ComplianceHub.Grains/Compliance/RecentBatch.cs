namespace ComplianceHub.Grains.Compliance;

/// <summary>The first result of a batch and the digest of its content, kept so a replay is answered without I/O.</summary>
[GenerateSerializer, Immutable, Alias("chub.RecentBatch")]
public sealed record RecentBatch([property: Id(0)] string Key, [property: Id(1)] string ResultJson, [property: Id(2)] string? ContentDigest = null)
{
    public static string KeyOf(string kind, string batchId) => kind + ":" + batchId;

    /// <summary>The batch id inside <see cref="Key"/> (kinds never contain ':').</summary>
    public string BatchIdOf(string kind) => Key[(kind.Length + 1)..];
}
