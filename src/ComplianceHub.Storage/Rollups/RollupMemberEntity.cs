using Azure;
using Azure.Data.Tables;

namespace ComplianceHub.Storage.Rollups;

internal sealed class RollupMemberEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public long Version { get; set; }

    public string? Summary { get; set; }
}
