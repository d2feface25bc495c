using Microsoft.Extensions.Logging;

namespace ComplianceHub.Storage.GrainStorage;

/// <summary>
/// Every message carries keys, ETags and sizes only, never state contents: grain state can hold
/// personal information the hub must not log.
/// </summary>
internal static partial class AzureTableGrainStorageLog
{
    [LoggerMessage(1, LogLevel.Information, "Grain storage {Provider}: table {Table} ready")]
    public static partial void TableReady(ILogger logger, string provider, string table);

    [LoggerMessage(2, LogLevel.Debug, "Read {PartitionKey}/{RowKey}: none stored")]
    public static partial void ReadNone(ILogger logger, string partitionKey, string rowKey);

    [LoggerMessage(3, LogLevel.Debug, "Read {PartitionKey}/{RowKey}: {Bytes} bytes, ETag {ETag}, blob {Blob}")]
    public static partial void Read(ILogger logger, string partitionKey, string rowKey, int bytes, string eTag, string? blob);

    [LoggerMessage(4, LogLevel.Debug, "Read {PartitionKey}/{RowKey}: blob {Blob} replaced while reading, attempt {Attempt}")]
    public static partial void BlobReplacedDuringRead(ILogger logger, string partitionKey, string rowKey, string blob, int attempt);

    [LoggerMessage(5, LogLevel.Debug, "Wrote {PartitionKey}/{RowKey}: {Bytes} bytes, ETag {OldETag} -> {ETag}, blob {Blob}")]
    public static partial void Wrote(ILogger logger, string partitionKey, string rowKey, int bytes, string? oldETag, string eTag, string? blob);

    [LoggerMessage(6, LogLevel.Debug, "Cleared {PartitionKey}/{RowKey}: ETag {OldETag}, deleted {Deleted}")]
    public static partial void Cleared(ILogger logger, string partitionKey, string rowKey, string? oldETag, bool deleted);

    [LoggerMessage(7, LogLevel.Warning, "Grain state {PartitionKey}/{RowKey}: ETag conflict, ours {ETag}")]
    public static partial void Conflict(ILogger logger, string partitionKey, string rowKey, string? eTag);

    [LoggerMessage(8, LogLevel.Warning, "Grain state {PartitionKey}/{RowKey}: could not delete replaced blob {Blob}; it is orphaned")]
    public static partial void BlobOrphaned(ILogger logger, string partitionKey, string rowKey, string blob);
}
