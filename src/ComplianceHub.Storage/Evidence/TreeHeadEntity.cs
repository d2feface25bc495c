using System.Globalization;
using Azure;
using Azure.Data.Tables;
using ComplianceHub.Domain.Evidence.Merkle;

namespace ComplianceHub.Storage.Evidence;

/// <summary>A signed tree head as a row of the append-only heads of an enterprise (only ever added, never changed).</summary>
internal sealed class TreeHeadEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public long TreeSize { get; set; }

    public string RootHash { get; set; } = "";

    public long TimeTicks { get; set; }

    public string KeyId { get; set; } = "";

    public string Algorithm { get; set; } = "";

    public string Signature { get; set; } = "";

    public string? TimestampToken { get; set; }

    public static TreeHeadEntity From(SignedTreeHead sth) => new()
    {
        PartitionKey = sth.Head.EnterpriseId,
        RowKey = TreeRowKeys.Head(sth.Head.EnterpriseId, sth.Head.TreeSize),
        TreeSize = sth.Head.TreeSize,
        RootHash = sth.Head.RootHash,
        TimeTicks = sth.Head.Timestamp.UtcTicks,
        KeyId = sth.Head.KeyId,
        Algorithm = sth.Algorithm,
        Signature = sth.Signature,
        TimestampToken = sth.TimestampToken,
    };

    public SignedTreeHead ToHead() => new(
        new TreeHead(PartitionKey, TreeSize, RootHash, new DateTimeOffset(TimeTicks, TimeSpan.Zero), KeyId),
        Algorithm,
        Signature,
        TimestampToken);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{PartitionKey}@{TreeSize}");
}
