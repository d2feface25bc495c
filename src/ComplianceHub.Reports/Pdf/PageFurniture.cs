using ComplianceHub.Reports.Layout;
using SkiaSharp;

namespace ComplianceHub.Reports.Pdf;

/// <summary>What every page carries besides its content: the running header and the 第 x 页 / 共 y 页 footer.</summary>
internal static class PageFurniture
{
    private static readonly TextStyle HeaderStyle = new(8.5f, Argb: 0xFF666666, LineHeight: 1.3f);
    private static readonly TextStyle FooterStyle = new(9f, Argb: 0xFF444444, LineHeight: 1.3f);

    public static string PageNumber(int page, int total) => $"第 {page} 页 / 共 {total} 页";

    /// <summary>Notes the characters furniture draws on any page, before the document's faces are cut.</summary>
    public static void RememberText(ReportDocument document, LayoutContext context)
    {
        context.Remember(document.HeaderLeft ?? document.Title);
        context.Remember(document.HeaderRight ?? "");
        context.Remember(PageNumber(0, 0) + "0123456789");
    }

    public static void Draw(SKCanvas canvas, LayoutContext context, ReportDocument document, int page, int total)
    {
        var setup = document.Page;
        var left = setup.ContentLeft;
        var width = setup.ContentWidth;

        var headerTop = setup.MarginTop + setup.HeaderHeight - HeaderStyle.LinePitch - 4;
        DrawSingleLine(canvas, context, document.HeaderLeft ?? document.Title, HeaderStyle, left, headerTop, width, TextAlign.Left);
        if (document.HeaderRight is { } right)
        {
            DrawSingleLine(canvas, context, right, HeaderStyle, left, headerTop, width, TextAlign.Right);
        }

        var ruleY = setup.MarginTop + setup.HeaderHeight - 2;
        canvas.DrawLine(left, ruleY, left + width, ruleY, context.Stroke(0xFF9E9E9E, 0.6f));

        var footerTop = setup.Height - setup.MarginBottom - FooterStyle.LinePitch;
        DrawSingleLine(canvas, context, PageNumber(page, total), FooterStyle, left, footerTop, width, TextAlign.Center);
    }

    private static void DrawSingleLine(SKCanvas canvas, LayoutContext context, string text, TextStyle style, float left, float top, float width, TextAlign align)
    {
        // Furniture is one line: anything longer than the width is cut by the line breaker.
        var line = context.BreakLines(text, style, width)[0];
        var x = align switch
        {
            TextAlign.Center => left + ((width - line.Width) / 2),
            TextAlign.Right => left + width - line.Width,
            _ => left,
        };
        context.DrawLine(canvas, line, style, x, top);
    }
}
