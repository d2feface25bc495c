using System.Buffers.Binary;
using System.Text;

namespace ComplianceHub.Reports.Fonts;

/// <summary>Writes a standalone OpenType file from a set of tables (sorted, 4-byte aligned, checksummed).</summary>
internal static class SfntWriter
{
    public static byte[] Write(uint sfntVersion, IEnumerable<SfntTable> tables)
    {
        var sorted = tables.OrderBy(t => t.Tag, StringComparer.Ordinal).ToList();
        var headerLength = 12 + (16 * sorted.Count);
        var total = headerLength + sorted.Sum(t => Pad(t.Data.Length));
        var output = new byte[total];
        var span = output.AsSpan();

        var entrySelector = (ushort)Math.Floor(Math.Log2(sorted.Count));
        var searchRange = (ushort)(16 * (1 << entrySelector));
        BinaryPrimitives.WriteUInt32BigEndian(span, sfntVersion);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], (ushort)sorted.Count);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)((sorted.Count * 16) - searchRange));

        var at = headerLength;
        for (var i = 0; i < sorted.Count; i++)
        {
            var table = sorted[i];
            table.Data.Span.CopyTo(span[at..]);
            var record = span[(12 + (16 * i))..];
            Encoding.ASCII.GetBytes(table.Tag, record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(span.Slice(at, Pad(table.Data.Length))));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)at);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)table.Data.Length);
            at += Pad(table.Data.Length);
        }

        return output;
    }

    private static int Pad(int length) => (length + 3) & ~3;

    private static uint Checksum(ReadOnlySpan<byte> padded)
    {
        uint sum = 0;
        for (var i = 0; i < padded.Length; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(padded[i..]));
        }

        return sum;
    }
}
