using System.Text;
using SkiaSharp;

namespace ComplianceHub.Reports.Fonts;

/// <summary>
/// The typefaces reports are set in: Noto Sans CJK SC regular and bold (Latin too), each loaded
/// from the installed collection with its cmap rewritten so that the PDF's text layer extracts
/// the characters that were drawn (see <see cref="CodePointPreference"/>). Loading copies ~15 MB
/// per face, so one shared instance serves every document.
/// </summary>
public sealed class ReportFonts : IDisposable
{
    public const string Family = "Noto Sans CJK SC";

    private static readonly Lazy<ReportFonts> SharedInstance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<int, int> _substitutions;

    private ReportFonts(SKTypeface regular, SKTypeface bold, Dictionary<int, int> substitutions)
    {
        Regular = regular;
        Bold = bold;
        _substitutions = substitutions;
    }

    /// <summary>Fonts loaded once per process. Throws <see cref="FontNotInstalledException"/> when missing.</summary>
    public static ReportFonts Shared => SharedInstance.Value;

    public SKTypeface Regular { get; }

    public SKTypeface Bold { get; }

    public static ReportFonts Load()
    {
        var substitutions = new Dictionary<int, int>();
        var regular = LoadFace(SKFontStyle.Normal, substitutions);
        var bold = LoadFace(SKFontStyle.Bold, substitutions);
        return new ReportFonts(regular, bold, substitutions);
    }

    /// <summary>
    /// Rewrites characters the fonts no longer map (radicals, compatibility forms) to the everyday
    /// character with the same glyph, e.g. ⻚ → 页. Text without any comes back as the same instance.
    /// </summary>
    public string Normalize(string text)
    {
        if (!NeedsSubstitution(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            builder.Append(_substitutions.TryGetValue(rune.Value, out var preferred) ? new Rune(preferred) : rune);
        }

        return builder.ToString();
    }

    public void Dispose()
    {
        Regular.Dispose();
        Bold.Dispose();
    }

    private bool NeedsSubstitution(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value >= 0x80 && _substitutions.ContainsKey(rune.Value))
            {
                return true;
            }
        }

        return false;
    }

    private static SKTypeface LoadFace(SKFontStyle style, Dictionary<int, int> substitutions)
    {
        var file = InstalledFontFile.Find(Family, style);
        var face = SfntFace.Read(file.Bytes, file.FaceIndex);
        var cmap = UnambiguousCmap.From(UnicodeCmap.Read(face.Table("cmap").Span));
        foreach (var (dropped, preferred) in cmap.Substitutions)
        {
            substitutions[dropped] = preferred;
        }

        var tables = face.Tables
            .Where(t => t.Tag != "cmap")
            .Append(new SfntTable("cmap", UnicodeCmap.Write(cmap.Map)));
        var bytes = SfntWriter.Write(face.SfntVersion, tables);
        using var data = SKData.CreateCopy(bytes);
        return SKTypeface.FromData(data)
            ?? throw new InvalidDataException($"rewritten face of '{Family}' could not be loaded");
    }
}
