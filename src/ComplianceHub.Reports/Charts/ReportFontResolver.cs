using ComplianceHub.Reports.Fonts;
using ScottPlot;
using SkiaSharp;

namespace ComplianceHub.Reports.Charts;

/// <summary>
/// Hands ScottPlot the report's own typefaces for <see cref="ReportFonts.Family"/>, so chart labels
/// use the rewritten cmap too (ScottPlot would otherwise load the system face and its ToUnicode
/// would turn 页 into ⻚ in the chart's text).
/// </summary>
internal sealed class ReportFontResolver(ReportFonts fonts) : IFontResolver
{
    private static readonly Lock Gate = new();

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing)
    {
        if (!string.Equals(fontName, ReportFonts.Family, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return (int)weight >= 600 ? fonts.Bold : fonts.Regular;
    }

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        CreateTypeface(fontName, bold ? FontWeight.Bold : FontWeight.Normal, FontSlant.Upright, FontSpacing.Normal);

    /// <summary>Puts a resolver for these fonts first in ScottPlot's (process-wide) resolver list, once.</summary>
    public static void Register(ReportFonts fonts)
    {
        lock (Gate)
        {
            if (!ScottPlot.Fonts.FontResolvers.OfType<ReportFontResolver>().Any())
            {
                ScottPlot.Fonts.FontResolvers.Insert(0, new ReportFontResolver(fonts));
            }
        }
    }
}
