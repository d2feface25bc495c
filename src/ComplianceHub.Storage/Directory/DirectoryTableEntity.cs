using Azure;
using Azure.Data.Tables;

namespace ComplianceHub.Storage.Directory;

/// <summary>Partition = six-digit division code, so a division prefix is one key-range scan.</summary>
internal sealed class DirectoryTableEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Name { get; set; } = "";

    public string Kind { get; set; } = "";

    public string? BrandId { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public static DirectoryTableEntity From(DirectoryEntry entry) => new()
    {
        PartitionKey = entry.Division,
        RowKey = entry.EnterpriseId,
        Name = entry.Name,
        Kind = entry.Kind,
        BrandId = entry.BrandId,
        UpdatedAt = entry.UpdatedAt,
    };

    public DirectoryEntry ToEntry() => new(RowKey, PartitionKey, Name, Kind, BrandId, UpdatedAt);
}
