using System.Globalization;
using Azure;
using Azure.Data.Tables;
using ComplianceHub.Domain.Evidence;

namespace ComplianceHub.Storage.Evidence;

/// <summary>
/// One evidence entry as a table row: partition = enterprise, row = "{enterprise}_{zero-padded sequence number}",
/// so a partition scan returns the log in order. Time is kept as UTC ticks because the hash covers all
/// seven fractional digits and a table DateTime property would not round-trip them everywhere.
/// </summary>
/// <remarks>
/// The enterprise id is repeated in the RowKey because Azurite finds an entity through its RowKey index and then
/// compares partitions row by row: a bare sequence number ("…0001" in every log) made each append scan every
/// enterprise's entry of that number.
/// </remarks>
internal sealed class EvidenceTableEntity : ITableEntity
{
    // The width of the zero-padded sequence number that ends every RowKey ("D19" below).
    private const int SeqDigits = 19;

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

    public static string RowKeyOf(string enterpriseId, long seq) =>
        string.Create(CultureInfo.InvariantCulture, $"{enterpriseId}_{seq:D19}");

    public static EvidenceTableEntity From(EvidenceEntry entry) => new()
    {
        PartitionKey = entry.EnterpriseId,
        RowKey = RowKeyOf(entry.EnterpriseId, entry.Seq),
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
        long.Parse(RowKey.AsSpan(RowKey.Length - SeqDigits), CultureInfo.InvariantCulture),
        new DateTimeOffset(TimeTicks, TimeSpan.Zero),
        Kind,
        Actor,
        Payload,
        PayloadDigest,
        PrevHash,
        Hash);
}
