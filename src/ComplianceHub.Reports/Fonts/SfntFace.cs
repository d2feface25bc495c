using System.Buffers.Binary;
using System.Text;

namespace ComplianceHub.Reports.Fonts;

/// <summary>
/// The table directory of one face of an OpenType file or collection (.ttc/.otc), read straight
/// from the bytes: enough to copy a face out of a collection with one table replaced.
/// </summary>
internal sealed class SfntFace
{
    private SfntFace(uint sfntVersion, IReadOnlyList<SfntTable> tables)
    {
        SfntVersion = sfntVersion;
        Tables = tables;
    }

    /// <summary>0x00010000 for TrueType outlines, 'OTTO' for CFF outlines.</summary>
    public uint SfntVersion { get; }

    public IReadOnlyList<SfntTable> Tables { get; }

    public ReadOnlyMemory<byte> Table(string tag) =>
        Tables.FirstOrDefault(t => t.Tag == tag)?.Data
        ?? throw new InvalidDataException($"font has no '{tag}' table");

    public static SfntFace Read(ReadOnlyMemory<byte> file, int faceIndex)
    {
        var span = file.Span;
        var offset = 0;
        if (Tag(span, 0) == "ttcf")
        {
            var faceCount = BinaryPrimitives.ReadInt32BigEndian(span[8..]);
            if (faceIndex < 0 || faceIndex >= faceCount)
            {
                throw new InvalidDataException($"font collection has {faceCount} faces, not index {faceIndex}");
            }

            offset = checked((int)BinaryPrimitives.ReadUInt32BigEndian(span[(12 + (4 * faceIndex))..]));
        }

        var version = BinaryPrimitives.ReadUInt32BigEndian(span[offset..]);
        var tableCount = BinaryPrimitives.ReadUInt16BigEndian(span[(offset + 4)..]);
        var tables = new List<SfntTable>(tableCount);
        for (var i = 0; i < tableCount; i++)
        {
            var record = span[(offset + 12 + (16 * i))..];
            var tableOffset = checked((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]));
            var tableLength = checked((int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
            tables.Add(new SfntTable(Tag(record, 0), file.Slice(tableOffset, tableLength)));
        }

        return new SfntFace(version, tables);
    }

    private static string Tag(ReadOnlySpan<byte> span, int at) => Encoding.ASCII.GetString(span.Slice(at, 4));
}
