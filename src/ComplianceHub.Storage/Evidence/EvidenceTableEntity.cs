using System.Globalization;
using Azure;
using Azure.Data.Tables;
using ComplianceHub.Domain.Evidence;

namespace ComplianceHub.Storage.Evidence;

/// <summary>
/// One evidence entry as a table row: partition = enterprise, row = zero-padded sequence number, so a
/// partition scan returns the log in order. Time is kept as UTC ticks because the hash covers all
/// seven fractional digits and a table DateTime property would not round-trip them everywhere.
/// </summary>
internal sealed class EvidenceTableEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public long TimeTicks { get; set; }

    public string Kind { get; set; } = "";

    public string Actor { get; set; } = "";

    public string Payload { get; set; } = "";

    public string PayloadDigest { get; set; } = "";

    public string PrevHash { get; set; } = "";

    public string Hash { get; set; } = "";

    public static string RowKeyOf(long seq) => seq.ToString("D19", CultureInfo.InvariantCulture);

    public static EvidenceTableEntity From(EvidenceEntry entry) => new()
    {
        PartitionKey = entry.EnterpriseId,
        RowKey = RowKeyOf(entry.Seq),
        TimeTicks = entry.Time.UtcTicks,
        Kind = entry.Kind,
        Actor = entry.Actor,
        Payload = entry.Payload,
        PayloadDigest = entry.PayloadDigest,
        PrevHash = entry.PrevHash,
        Hash = entry.Hash,
    };

    public EvidenceEntry ToEntry() => new(
        PartitionKey,
        long.Parse(RowKey, CultureInfo.InvariantCulture),
        new DateTimeOffset(TimeTicks, TimeSpan.Zero),
        Kind,
        Actor,
        Payload,
        PayloadDigest,
        PrevHash,
        Hash);
}
