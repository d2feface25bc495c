namespace ComplianceHub.Reports.Fonts;

/// <summary>
/// Where the TrueType-outline (glyf) versions of the report faces are, when the deploy scripts made them
/// (deploy/tools/cjk-to-glyf.py, from fonts-noto-cjk with python3-fonttools). Optional: without them reports
/// embed the CFF faces as Type 3 fonts, ~3x larger and slower, but the same text.
/// </summary>
internal static class TrueTypeOutlineFiles
{
    /// <summary>Overrides <see cref="DefaultDirectory"/>; an empty value turns the glyf faces off.</summary>
    public const string DirectoryVariable = "CHUB_REPORT_FONT_DIR";

    public const string DefaultDirectory = "/var/cache/compliancehub/fonts";

    public const string Regular = "NotoSansCJKsc-Regular-glyf.ttf";

    public const string Bold = "NotoSansCJKsc-Bold-glyf.ttf";

    /// <summary>Both files' paths, or null when either is missing.</summary>
    public static (string Regular, string Bold)? Find()
    {
        var directory = Environment.GetEnvironmentVariable(DirectoryVariable) ?? DefaultDirectory;
        if (directory.Length == 0)
        {
            return null;
        }

        var regular = Path.Combine(directory, Regular);
        var bold = Path.Combine(directory, Bold);
        return File.Exists(regular) && File.Exists(bold) ? (regular, bold) : null;
    }
}
