using SkiaSharp;

namespace ComplianceHub.Reports.Fonts;

/// <summary>The bytes of an installed font file and the index of the wanted face within it.</summary>
internal sealed record InstalledFontFile(byte[] Bytes, int FaceIndex)
{
    // Where Debian's fonts-noto-cjk puts the collections, for when the font manager cannot say.
    private static readonly string[] DebianPaths =
    [
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    ];

    public static InstalledFontFile Find(string family, SKFontStyle style)
    {
        using var typeface = SKFontManager.Default.MatchFamily(family, style) ?? FromDebianPaths(family, style);
        if (typeface is null || !string.Equals(typeface.FamilyName, family, StringComparison.OrdinalIgnoreCase))
        {
            throw new FontNotInstalledException(family);
        }

        using var stream = typeface.OpenStream(out var faceIndex)
            ?? throw new FontNotInstalledException(family);
        var bytes = new byte[stream.Length];
        var read = stream.Read(bytes, bytes.Length);
        if (read != bytes.Length)
        {
            throw new IOException($"short read of font '{family}': {read} of {bytes.Length} bytes");
        }

        return new InstalledFontFile(bytes, faceIndex);
    }

    private static SKTypeface? FromDebianPaths(string family, SKFontStyle style)
    {
        foreach (var path in DebianPaths.Where(File.Exists))
        {
            for (var index = 0; index < 10; index++)
            {
                var candidate = SKTypeface.FromFile(path, index);
                if (candidate is null)
                {
                    break;
                }

                if (candidate.FamilyName == family && (candidate.FontWeight >= 600) == (style.Weight >= 600))
                {
                    return candidate;
                }

                candidate.Dispose();
            }
        }

        return null;
    }
}
