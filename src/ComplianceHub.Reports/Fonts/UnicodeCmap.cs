using System.Buffers.Binary;

namespace ComplianceHub.Reports.Fonts;

/// <summary>
/// A face's Unicode → glyph map, read from and written as a format-12 'cmap' subtable
/// (platform 3, encoding 10: full Unicode), which is what FreeType and Skia consult.
/// </summary>
internal static class UnicodeCmap
{
    public static SortedDictionary<int, ushort> Read(ReadOnlySpan<byte> cmap)
    {
        var subtableCount = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
        for (var i = 0; i < subtableCount; i++)
        {
            var record = cmap[(4 + (8 * i))..];
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            var offset = checked((int)BinaryPrimitives.ReadUInt32BigEndian(record[4..]));
            var isFullUnicode = (platform == 3 && encoding == 10) || (platform == 0 && encoding == 4);
            if (isFullUnicode && BinaryPrimitives.ReadUInt16BigEndian(cmap[offset..]) == 12)
            {
                return ReadFormat12(cmap[offset..]);
            }
        }

        throw new InvalidDataException("font has no format-12 Unicode cmap subtable");
    }

    public static byte[] Write(IReadOnlyDictionary<int, ushort> map)
    {
        var groups = Groups(map);
        const int HeaderLength = 4 + 8;
        var subtableLength = 16 + (12 * groups.Count);
        var output = new byte[HeaderLength + subtableLength];
        var span = output.AsSpan();
        BinaryPrimitives.WriteUInt16BigEndian(span[2..], 1);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], 3);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], 10);
        BinaryPrimitives.WriteUInt32BigEndian(span[8..], HeaderLength);

        var sub = span[HeaderLength..];
        BinaryPrimitives.WriteUInt16BigEndian(sub, 12);
        BinaryPrimitives.WriteUInt32BigEndian(sub[4..], (uint)subtableLength);
        BinaryPrimitives.WriteUInt32BigEndian(sub[12..], (uint)groups.Count);
        for (var i = 0; i < groups.Count; i++)
        {
            var group = sub[(16 + (12 * i))..];
            BinaryPrimitives.WriteUInt32BigEndian(group, (uint)groups[i].First);
            BinaryPrimitives.WriteUInt32BigEndian(group[4..], (uint)groups[i].Last);
            BinaryPrimitives.WriteUInt32BigEndian(group[8..], groups[i].Glyph);
        }

        return output;
    }

    private static SortedDictionary<int, ushort> ReadFormat12(ReadOnlySpan<byte> subtable)
    {
        var map = new SortedDictionary<int, ushort>();
        var groupCount = BinaryPrimitives.ReadUInt32BigEndian(subtable[12..]);
        for (var i = 0; i < groupCount; i++)
        {
            var group = subtable[(16 + (12 * i))..];
            var first = (int)BinaryPrimitives.ReadUInt32BigEndian(group);
            var last = (int)BinaryPrimitives.ReadUInt32BigEndian(group[4..]);
            var glyph = BinaryPrimitives.ReadUInt32BigEndian(group[8..]);
            for (var c = first; c <= last; c++)
            {
                map[c] = (ushort)(glyph + (uint)(c - first));
            }
        }

        return map;
    }

    /// <summary>Runs of consecutive code points that map to consecutive glyphs, one group each.</summary>
    private static List<(int First, int Last, uint Glyph)> Groups(IReadOnlyDictionary<int, ushort> map)
    {
        var groups = new List<(int First, int Last, uint Glyph)>();
        foreach (var (codePoint, glyph) in map.OrderBy(p => p.Key))
        {
            if (groups.Count > 0)
            {
                var (first, last, startGlyph) = groups[^1];
                if (codePoint == last + 1 && glyph == startGlyph + (uint)(codePoint - first))
                {
                    groups[^1] = (first, codePoint, startGlyph);
                    continue;
                }
            }

            groups.Add((codePoint, codePoint, glyph));
        }

        return groups;
    }
}
