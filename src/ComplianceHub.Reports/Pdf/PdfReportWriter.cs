using ComplianceHub.Reports.Fonts;
using ComplianceHub.Reports.Layout;
using SkiaSharp;

namespace ComplianceHub.Reports.Pdf;

/// <summary>
/// Renders a <see cref="ReportDocument"/> to PDF in two passes: lay out and paginate everything
/// (so the page total is known), then draw each page with its header and 第 x 页 / 共 y 页 footer.
/// Skia embeds only the glyphs used (Noto CJK's CFF outlines become Type 3 glyph procedures).
/// </summary>
public static class PdfReportWriter
{
    /// <summary>Writes the PDF to <paramref name="output"/> and returns the number of pages.</summary>
    public static int Write(ReportDocument document, Stream output, ReportFonts? fonts = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        using var context = new LayoutContext(fonts ?? ReportFonts.Shared, document.Page);
        var pages = Layout(document, context);
        Draw(document, context, pages, output);
        return pages.Count;
    }

    /// <summary>Pass one: the document's pages as positioned boxes, nothing drawn yet.</summary>
    public static IReadOnlyList<PageLayout> Layout(ReportDocument document, LayoutContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        var width = document.Page.ContentWidth;
        var flow = document.Blocks.SelectMany(block => block.Flow(context, width)).ToList();
        return Paginator.Paginate(flow, document.Page.ContentHeight);
    }

    private static void Draw(ReportDocument document, LayoutContext context, IReadOnlyList<PageLayout> pages, Stream output)
    {
        var setup = document.Page;
        using var pdf = SKDocument.CreatePdf(output, Metadata(document))
            ?? throw new InvalidOperationException("SkiaSharp could not create a PDF document");
        for (var i = 0; i < pages.Count; i++)
        {
            var canvas = pdf.BeginPage(setup.Width, setup.Height);
            PageFurniture.Draw(canvas, context, document, i + 1, pages.Count);
            canvas.Save();
            canvas.ClipRect(SKRect.Create(setup.ContentLeft, setup.ContentTop, setup.ContentWidth, setup.ContentHeight));
            foreach (var placed in pages[i].Boxes)
            {
                placed.Box.Draw(canvas, setup.ContentLeft, setup.ContentTop + placed.Top);
            }

            canvas.Restore();
            pdf.EndPage();
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
