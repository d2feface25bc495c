using Azure.Data.Tables;

namespace ComplianceHub.Storage.GrainStorage;

/// <summary>
/// How one grain state lies in a table entity. Small states: the serialized bytes split across binary
/// properties Data_0, Data_1, … (a binary property holds at most 64 KiB). States above
/// <see cref="MaxInlineBytes"/>: the bytes live in a blob and the entity holds only its name.
/// An entity with neither is the "cleared" marker and reads as no record.
/// </summary>
internal static class GrainStateEntity
{
    public const int ChunkBytes = 64 * 1024;

    // 15 chunks = 960 KiB, leaving room under the 1 MiB entity limit for keys, property names
    // and system properties (the official provider draws the same line).
    public const int MaxChunks = 15;
    public const int MaxInlineBytes = ChunkBytes * MaxChunks;

    public const string DataPrefix = "Data_";
    public const string DataLength = "DataLength";
    public const string Blob = "Blob";

    // A fresh id per write: if the SDK retries a write whose first attempt did land, the retry sees
    // 409/412, and finding our own WriteId in storage tells that apart from a real conflict.
    public const string WriteId = "WriteId";

    public static TableEntity Inline(GrainStateKeys keys, Guid writeId, ReadOnlyMemory<byte> data)
    {
        var entity = Header(keys, writeId, data.Length);
        for (int i = 0, offset = 0; offset < data.Length; i++, offset += ChunkBytes)
        {
            var length = Math.Min(ChunkBytes, data.Length - offset);
            entity[DataPrefix + i] = BinaryData.FromBytes(data.Slice(offset, length));
        }

        return entity;
    }

    public static TableEntity Spilled(GrainStateKeys keys, Guid writeId, int length, string blobName)
    {
        var entity = Header(keys, writeId, length);
        entity[Blob] = blobName;
        return entity;
    }

    public static TableEntity Cleared(GrainStateKeys keys, Guid writeId) =>
        new(keys.PartitionKey, keys.RowKey) { [WriteId] = writeId };

    public static bool HasData(TableEntity entity) => entity.ContainsKey(DataLength);

    public static string? BlobName(TableEntity entity) => entity.GetString(Blob);

    public static Guid? GetWriteId(TableEntity entity) => entity.GetGuid(WriteId);

    /// <summary>Reassembles inline chunks; throws if what is stored disagrees with its recorded length.</summary>
    public static byte[] ReadInline(TableEntity entity)
    {
        var length = entity.GetInt32(DataLength) ?? 0;
        var data = new byte[length];
        var offset = 0;
        for (var i = 0; entity.ContainsKey(DataPrefix + i); i++)
        {
            var chunk = entity.GetBinaryData(DataPrefix + i).ToMemory();
            if (offset + chunk.Length > length)
            {
                break;
            }

            chunk.CopyTo(data.AsMemory(offset));
            offset += chunk.Length;
        }

        if (offset != length)
        {
            throw new InvalidDataException(
                $"Grain state {entity.PartitionKey}/{entity.RowKey} is corrupt: expected {length} bytes, found {offset}.");
        }

        return data;
    }

    private static TableEntity Header(GrainStateKeys keys, Guid writeId, int length) =>
        new(keys.PartitionKey, keys.RowKey) { [WriteId] = writeId, [DataLength] = length };
}
