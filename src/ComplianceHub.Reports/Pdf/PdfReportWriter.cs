using ComplianceHub.Reports.Fonts;
using ComplianceHub.Reports.Layout;
using SkiaSharp;

namespace ComplianceHub.Reports.Pdf;

/// <summary>
/// Renders a <see cref="ReportDocument"/> to PDF in two passes: lay out and paginate everything
/// (so the page total is known), then draw each page with its header and 第 x 页 / 共 y 页 footer.
/// Text is drawn in faces cut down to the document's characters when the TrueType-outline faces are installed
/// (embedded as CID TrueType fonts); otherwise Skia turns the used glyphs of the CFF faces into Type 3 procedures.
/// </summary>
public static class PdfReportWriter
{
    /// <summary>How far past the content area drawing may reach (points): room for a border's stroke.</summary>
    private const float ClipBleed = 2;

    /// <summary>Writes the PDF to <paramref name="output"/> and returns the number of pages.</summary>
    public static int Write(ReportDocument document, Stream output, ReportFonts? fonts = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        using var context = new LayoutContext(fonts ?? ReportFonts.Shared, document.Page);
        var pages = Layout(document, context);
        using var faces = DocumentFaces(document, context);
        Draw(document, context, pages, pages.Count, output);
        return pages.Count;
    }

    /// <summary>
    /// Writes a long document in bounded memory: a first pass over the blocks only counts the pages
    /// (each page's boxes are dropped once placed), a second lays them out again and draws each page as
    /// soon as it is complete. Twice the layout work of <see cref="Write"/>, for memory flat in page
    /// count; the blocks' data must enumerate the same way twice (see <c>JurisdictionReportData</c>).
    /// </summary>
    public static int WriteStreaming(ReportDocument document, Stream output, ReportFonts? fonts = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        using var context = new LayoutContext(fonts ?? ReportFonts.Shared, document.Page);
        var total = Paginator.Stream(Flow(document, context), document.Page.ContentHeight).Count();
        using var faces = DocumentFaces(document, context);
        Draw(document, context, Paginator.Stream(Flow(document, context), document.Page.ContentHeight), total, output);
        return total;
    }

    /// <summary>Pass one: the document's pages as positioned boxes, nothing drawn yet.</summary>
    public static IReadOnlyList<PageLayout> Layout(ReportDocument document, LayoutContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Paginator.Paginate(Flow(document, context).ToList(), document.Page.ContentHeight);
    }

    /// <summary>After a layout pass: the document's own faces, switched to for drawing; null without glyf faces.</summary>
    private static DocumentFaces? DocumentFaces(ReportDocument document, LayoutContext context)
    {
        if (!context.Fonts.HasTrueTypeOutlines)
        {
            return null;
        }

        PageFurniture.RememberText(document, context);
        foreach (var level in Enum.GetValues<RiskLevel>())
        {
            context.Remember(RiskBadgeStyle.Label(level));
        }

        var faces = context.Fonts.SubsetFor(context.CodePoints)!;
        context.DrawWith(faces);
        return faces;
    }

    private static IEnumerable<FlowItem> Flow(ReportDocument document, LayoutContext context)
    {
        var width = document.Page.ContentWidth;
        return document.Blocks.SelectMany(block => block.Flow(context, width));
    }

    private static void Draw(ReportDocument document, LayoutContext context, IEnumerable<PageLayout> pages, int total, Stream output)
    {
        var setup = document.Page;
        using var pdf = SKDocument.CreatePdf(output, Metadata(document))
            ?? throw new InvalidOperationException("SkiaSharp could not create a PDF document");
        var number = 0;
        foreach (var page in pages)
        {
            number++;
            var canvas = pdf.BeginPage(setup.Width, setup.Height);
            PageFurniture.Draw(canvas, context, document, number, total);
            canvas.Save();
            // The clip reaches a little past the content area: a table's outer grid lines are stroked centred on its
            // edge, and a clip exactly at the edge would cut them to half their width.
            canvas.ClipRect(SKRect.Inflate(SKRect.Create(setup.ContentLeft, setup.ContentTop, setup.ContentWidth, setup.ContentHeight), ClipBleed, ClipBleed));
            foreach (var placed in page.Boxes)
            {
                placed.Box.Draw(canvas, setup.ContentLeft, setup.ContentTop + placed.Top);
            }

            canvas.Restore();
            pdf.EndPage();
        }

        if (number != total)
        {
            // The blocks' data changed between the passes: the footers would lie about the total.
            throw new InvalidOperationException($"第二遍排版得到 {number} 页，第一遍为 {total} 页 / second pass made {number} pages, the first {total}: the data must enumerate the same way twice");
        }

        pdf.Close();
    }

    private static SKDocumentPdfMetadata Metadata(ReportDocument document)
    {
        var metadata = SKDocumentPdfMetadata.Default;
        metadata.Title = document.Title;
        metadata.Author = document.Author;
        metadata.Subject = document.Subject ?? string.Empty;
        metadata.Creator = "ComplianceHub";
        metadata.Producer = "ComplianceHub Reports (SkiaSharp)";
        metadata.Creation = document.CreatedAt.UtcDateTime;
        metadata.Modified = document.CreatedAt.UtcDateTime;
        return metadata;
    }
}
