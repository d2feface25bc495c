namespace ComplianceHub.Grains.Compliance;

/// <summary>The first result of a batch, kept so a replay returns it without reading the evidence log.</summary>
[GenerateSerializer, Immutable, Alias("chub.RecentBatch")]
public sealed record RecentBatch([property: Id(0)] string Key, [property: Id(1)] string ResultJson)
{
    public static string KeyOf(string kind, string batchId) => kind + ":" + batchId;
}
