using System.Text;
using ComplianceHub.Reports.Documents;
using ComplianceHub.Reports.Fonts;
using ComplianceHub.Reports.Layout;
using ComplianceHub.Reports.Pdf;
using ComplianceHub.Reports.Samples;
using ComplianceHub.Reports.Tests.Reading;
using SkiaSharp;

namespace ComplianceHub.Reports.Tests.Fonts;

/// <summary>
/// With the TrueType-outline faces deploy/lib/common.sh makes (ensure_report_fonts), a document is set in faces cut
/// down to its own characters, embedded as CID TrueType fonts: same text read back, same pages, smaller file.
/// Skipped on a machine without them (the CFF faces' Type 3 path is what every other test then covers).
/// </summary>
public sealed class TrueTypeOutlineTests
{
    private static readonly Lazy<ReportFonts?> Outlines = new(() => TrueTypeOutlineFiles.Find() is { } files ? ReportFonts.Load(files) : null);

    private static readonly Lazy<ReportFonts> Type3 = new(() => ReportFonts.Load(null));

    [Fact]
    public void The_postal_report_reads_back_the_same_in_CID_TrueType_fonts_as_in_Type_3_and_is_smaller()
    {
        var outlines = Require();
        var data = DemoInspections.Postal();
        var issue = SampleReports.Issue("RPT-20261120-PO-0007");

        var cid = Render(outlines, PostalInspectionReport.Build(data, issue));
        var type3 = Render(Type3.Value, PostalInspectionReport.Build(data, issue));

        var latin = Encoding.Latin1.GetString(cid);
        Assert.Contains("/CIDFontType2", latin, StringComparison.Ordinal);
        Assert.Contains("/FontFile2", latin, StringComparison.Ordinal);
        Assert.DoesNotContain("/CIDFontType2", Encoding.Latin1.GetString(type3), StringComparison.Ordinal);
        var cidText = PdfText.Read(cid);
        var type3Text = PdfText.Read(type3);
        Assert.Equal(type3Text.PageCount, cidText.PageCount);
        Assert.Equal(Lines(type3Text), Lines(cidText));
        Assert.Contains(cidText.Lines, l => l.Text.Contains("第 1 页 / 共", StringComparison.Ordinal));
        Assert.Contains(cidText.Lines, l => l.Text.Contains("高风险", StringComparison.Ordinal));
        Assert.DoesNotContain(cidText.Lines, l => l.Text.Any(c => c is >= '\u2E80' and <= '\u2FDF'));
        Assert.True(cid.Length < type3.Length * 0.6, $"{cid.Length} vs {type3.Length} bytes");
    }

    [Fact]
    public void A_subset_holds_only_the_characters_asked_for_with_the_full_faces_advances()
    {
        var outlines = Require();
        const string Text = "页面检查 Report 2026";

        using var faces = outlines.SubsetFor([.. Text.EnumerateRunes().Select(r => r.Value)])!;

        // .notdef + 页面检查 + R e p o t + space 2 0 6: 15 distinct glyphs.
        Assert.Equal(1 + Text.Distinct().Count(), faces.Regular.GlyphCount);
        Assert.Equal(0, faces.Regular.GetGlyph('报'));
        Assert.NotEqual(0, faces.Bold.GetGlyph('页'));
        using var subset = new SKFont(faces.Regular, 10) { Subpixel = true, LinearMetrics = true };
        using var full = new SKFont(outlines.Regular, 10) { Subpixel = true, LinearMetrics = true };
        Assert.Equal(full.MeasureText(Text), subset.MeasureText(Text), 3);
    }

    private static ReportFonts Require()
    {
        Assert.SkipWhen(Outlines.Value is null, $"no TrueType-outline faces in {TrueTypeOutlineFiles.DefaultDirectory} (deploy/lib/common.sh ensure_report_fonts)");
        return Outlines.Value!;
    }

    private static byte[] Render(ReportFonts fonts, ReportDocument document)
    {
        using var output = new MemoryStream();
        PdfReportWriter.Write(document, output, fonts);
        return output.ToArray();
    }

    private static List<string> Lines(PdfText text) => [.. text.Lines.Select(l => $"{l.Page}:{l.Text}")];
}
