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
    private readonly TrueTypeSubsetter? _regularOutlines;
    private readonly TrueTypeSubsetter? _boldOutlines;

    private ReportFonts(SKTypeface regular, SKTypeface bold, Dictionary<int, int> substitutions, (TrueTypeSubsetter Regular, TrueTypeSubsetter Bold)? outlines)
    {
        Regular = regular;
        Bold = bold;
        _substitutions = substitutions;
        _regularOutlines = outlines?.Regular;
        _boldOutlines = outlines?.Bold;
    }

    /// <summary>Fonts loaded once per process. Throws <see cref="FontNotInstalledException"/> when missing.</summary>
    public static ReportFonts Shared => SharedInstance.Value;

    public SKTypeface Regular { get; }

    public SKTypeface Bold { get; }

    /// <summary>Whether documents get faces of their own, embedded as CID TrueType fonts (see <see cref="SubsetFor"/>).</summary>
    public bool HasTrueTypeOutlines => _regularOutlines is not null;

    public static ReportFonts Load() => Load(TrueTypeOutlineFiles.Find());

    /// <param name="trueTypeOutlines">The glyf versions of the faces, or null to embed the CFF faces as Type 3.</param>
    internal static ReportFonts Load((string Regular, string Bold)? trueTypeOutlines)
    {
        var substitutions = new Dictionary<int, int>();
        var regular = LoadFace(SKFontStyle.Normal, substitutions);
        var bold = LoadFace(SKFontStyle.Bold, substitutions);
        var outlines = trueTypeOutlines is { } files ? (Outlines(files.Regular), Outlines(files.Bold)) : ((TrueTypeSubsetter, TrueTypeSubsetter)?)null;
        return new ReportFonts(regular, bold, substitutions, outlines);
    }

    /// <summary>
    /// Faces with only the glyphs of <paramref name="codePoints"/> (normalised text), for drawing one document;
    /// null without the TrueType-outline faces. Same advances as <see cref="Regular"/> and <see cref="Bold"/>.
    /// </summary>
    public DocumentFaces? SubsetFor(IReadOnlyCollection<int> codePoints)
    {
        if (_regularOutlines is null || _boldOutlines is null)
        {
            return null;
        }

        return new DocumentFaces(FromBytes(_regularOutlines.Subset(codePoints)), FromBytes(_boldOutlines.Subset(codePoints)));
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

    /// <summary>A glyf face with the same cmap rewrite as the CFF one, so the subsets' ToUnicode is right too.</summary>
    private static TrueTypeSubsetter Outlines(string path)
    {
        // Mapped for the life of the process (ReportFonts.Shared): the subsets are cut from it per document.
        var file = new MappedFontFile(path);
        var face = SfntFace.Read(file.Memory, 0);
        return new TrueTypeSubsetter(face, UnambiguousCmap.From(UnicodeCmap.Read(face.Table("cmap").Span)).Map);
    }

    private static SKTypeface FromBytes(byte[] bytes)
    {
        using var data = SKData.CreateCopy(bytes);
        return SKTypeface.FromData(data) ?? throw new InvalidDataException($"subset of '{Family}' could not be loaded");
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
