using System.Buffers.Binary;

namespace ComplianceHub.Reports.Fonts;

/// <summary>
/// Cuts a TrueType-outline (glyf) face down to the glyphs of the characters one document uses, numbered densely
/// from 0 (.notdef). Text is drawn as characters through the subset's own cmap, and every glyph keeps its
/// advance, so the renumbering changes nothing on the page. SkiaSharp's PDF backend has no font subsetter: a glyf face is
/// embedded whole (20 MB for Noto Sans CJK SC), but it is written as a compact CIDFontType2 font instead of
/// the Type 3 procedures a CFF face becomes. So the document gets a face of its own, a few hundred KB.
/// </summary>
/// <remarks>
/// Keeps what a renderer needs: head, hhea, maxp, OS/2, name, post (as version 3, no glyph names), hmtx, a
/// cmap of the characters asked for, glyf and loca. Layout tables (GSUB, GPOS…) are dropped: reports are set
/// without shaping, and metrics are unchanged, so text measured with the full face draws the same.
/// </remarks>
internal sealed class TrueTypeSubsetter
{
    private readonly SfntFace _face;
    private readonly Dictionary<int, ushort> _cmap;
    private readonly ReadOnlyMemory<byte> _glyf;
    private readonly uint[] _loca;
    private readonly ushort _metricsCount;

    public TrueTypeSubsetter(SfntFace face, IReadOnlyDictionary<int, ushort> cmap)
    {
        if (face.SfntVersion != 0x00010000 || !face.Tables.Any(t => t.Tag == "glyf"))
        {
            throw new InvalidDataException("not a TrueType-outline (glyf) face");
        }

        _face = face;
        _cmap = new Dictionary<int, ushort>(cmap); // a hash map is a third of a sorted one's size, and faster
        _glyf = face.Table("glyf");
        var glyphCount = BinaryPrimitives.ReadUInt16BigEndian(face.Table("maxp").Span[4..]);
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(face.Table("head").Span[50..]) == 1;
        var loca = face.Table("loca").Span;
        _loca = new uint[glyphCount + 1];
        for (var i = 0; i <= glyphCount; i++)
        {
            _loca[i] = longOffsets ? BinaryPrimitives.ReadUInt32BigEndian(loca[(4 * i)..]) : 2u * BinaryPrimitives.ReadUInt16BigEndian(loca[(2 * i)..]);
        }

        _metricsCount = BinaryPrimitives.ReadUInt16BigEndian(face.Table("hhea").Span[34..]);
    }

    /// <summary>A standalone .ttf with the glyphs of <paramref name="codePoints"/> (those the face maps).</summary>
    public byte[] Subset(IEnumerable<int> codePoints)
    {
        var glyphs = new SortedSet<int>();
        AddWithComponents(0, glyphs); // .notdef
        var mapped = new List<(int CodePoint, ushort Glyph)>();
        foreach (var codePoint in codePoints)
        {
            if (_cmap.TryGetValue(codePoint, out var glyph))
            {
                mapped.Add((codePoint, glyph));
                AddWithComponents(glyph, glyphs);
            }
        }

        var kept = glyphs.ToArray(); // new id = index: .notdef stays 0
        var newId = new Dictionary<int, ushort>(kept.Length);
        for (var i = 0; i < kept.Length; i++)
        {
            newId[kept[i]] = (ushort)i;
        }

        var cmap = new SortedDictionary<int, ushort>();
        foreach (var (codePoint, glyph) in mapped)
        {
            cmap[codePoint] = newId[glyph];
        }

        var count = kept.Length;
        var (glyf, loca) = GlyfAndLoca(kept, newId);
        var tables = new List<SfntTable>
        {
            new("head", Patch(_face.Table("head"), span =>
            {
                BinaryPrimitives.WriteUInt32BigEndian(span[8..], 0); // checkSumAdjustment: not checked by renderers
                BinaryPrimitives.WriteInt16BigEndian(span[50..], 1); // long loca offsets
            })),
            new("hhea", Patch(_face.Table("hhea"), span => BinaryPrimitives.WriteUInt16BigEndian(span[34..], (ushort)count))),
            new("maxp", Patch(_face.Table("maxp"), span => BinaryPrimitives.WriteUInt16BigEndian(span[4..], (ushort)count))),
            new("hmtx", Metrics(kept)),
            new("post", Patch(_face.Table("post")[..32], span => BinaryPrimitives.WriteUInt32BigEndian(span, 0x00030000))),
            new("cmap", UnicodeCmap.Write(cmap)),
            new("glyf", glyf),
            new("loca", loca),
        };
        tables.AddRange(_face.Tables.Where(t => t.Tag is "OS/2" or "name"));
        return SfntWriter.Write(0x00010000, tables);
    }

    private void AddWithComponents(int glyph, SortedSet<int> glyphs)
    {
        if (!glyphs.Add(glyph))
        {
            return;
        }

        var data = GlyphData(glyph).Span;
        if (data.Length < 10 || BinaryPrimitives.ReadInt16BigEndian(data) >= 0)
        {
            return; // empty or a simple glyph (all of them, in a face converted from CFF)
        }

        // A composite glyph: its components are kept with it.
        var at = 10;
        ushort flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(data[at..]);
            AddWithComponents(BinaryPrimitives.ReadUInt16BigEndian(data[(at + 2)..]), glyphs);
            at += ComponentLength(flags);
        }
        while ((flags & 0x0020) != 0);
    }

    private ReadOnlyMemory<byte> GlyphData(int glyph) =>
        glyph + 1 < _loca.Length ? _glyf[(int)_loca[glyph]..(int)_loca[glyph + 1]] : ReadOnlyMemory<byte>.Empty;

    private (byte[] Glyf, byte[] Loca) GlyfAndLoca(int[] kept, Dictionary<int, ushort> newId)
    {
        var glyf = new byte[kept.Sum(g => (GlyphData(g).Length + 3) & ~3)];
        var loca = new byte[4 * (kept.Length + 1)];
        var at = 0;
        for (var i = 0; i < kept.Length; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * i), (uint)at);
            var data = GlyphData(kept[i]).Span;
            data.CopyTo(glyf.AsSpan(at));
            RenumberComponents(glyf.AsSpan(at, data.Length), newId);
            at += (data.Length + 3) & ~3;
        }

        BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * kept.Length), (uint)at);
        return (glyf, loca);
    }

    /// <summary>A composite glyph names its components by glyph id: those ids are renumbered too.</summary>
    private static void RenumberComponents(Span<byte> glyph, Dictionary<int, ushort> newId)
    {
        if (glyph.Length < 10 || BinaryPrimitives.ReadInt16BigEndian(glyph) >= 0)
        {
            return;
        }

        var at = 10;
        ushort flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(glyph[at..]);
            var component = BinaryPrimitives.ReadUInt16BigEndian(glyph[(at + 2)..]);
            BinaryPrimitives.WriteUInt16BigEndian(glyph[(at + 2)..], newId[component]);
            at += ComponentLength(flags);
        }
        while ((flags & 0x0020) != 0);
    }

    /// <summary>Flags, glyph id, two offsets of 1 or 2 bytes each, then no, one, two or four 2-byte scale values.</summary>
    private static int ComponentLength(ushort flags) =>
        4 + ((flags & 0x0001) != 0 ? 4 : 2) + ((flags & 0x0008) != 0 ? 2 : (flags & 0x0040) != 0 ? 4 : (flags & 0x0080) != 0 ? 8 : 0);

    /// <summary>hmtx with one full (advance, side bearing) record per kept glyph, as hhea now says.</summary>
    private byte[] Metrics(int[] kept)
    {
        var source = _face.Table("hmtx").Span;
        var output = new byte[4 * kept.Length];
        for (var i = 0; i < kept.Length; i++)
        {
            var glyph = kept[i];
            var advance = BinaryPrimitives.ReadUInt16BigEndian(source[(4 * Math.Min(glyph, _metricsCount - 1))..]);
            var bearing = glyph < _metricsCount
                ? BinaryPrimitives.ReadInt16BigEndian(source[((4 * glyph) + 2)..])
                : BinaryPrimitives.ReadInt16BigEndian(source[((4 * _metricsCount) + (2 * (glyph - _metricsCount)))..]);
            BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(4 * i), advance);
            BinaryPrimitives.WriteInt16BigEndian(output.AsSpan((4 * i) + 2), bearing);
        }

        return output;
    }

    private static byte[] Patch(ReadOnlyMemory<byte> table, SpanAction patch)
    {
        var copy = table.ToArray();
        patch(copy);
        return copy;
    }

    private delegate void SpanAction(Span<byte> span);
}
