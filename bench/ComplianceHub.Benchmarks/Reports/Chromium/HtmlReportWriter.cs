using System.Globalization;
using System.Net;
using System.Text;
using ComplianceHub.Reports.Charts;
using ComplianceHub.Reports.Layout;
using QRCoder;

namespace ComplianceHub.Benchmarks.Reports.Chromium;

/// <summary>
/// The same <see cref="ReportDocument"/> the PDF writer lays out, written as one self-contained HTML page for
/// headless Chromium to print: same blocks in the same order, same table rows, charts as inline SVG (ScottPlot's
/// own SVG of the very plot), the QR code as SVG squares, running header and page numbers as CSS page-margin boxes.
/// Only for the renderer comparison: the hub never serves reports as HTML.
/// </summary>
internal static class HtmlReportWriter
{
    /// <summary>Charts are drawn at 96 px per CSS inch; the PDF's widths are in points (72 per inch).</summary>
    private const float PixelsPerPoint = 96f / 72f;

    public static string Write(ReportDocument document)
    {
        var page = document.Page;
        var html = new StringBuilder(256 * 1024);
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>{{Escape(document.Title)}}</title>
            <style>
            @page {
              size: A4;
              margin: {{page.MarginTop + page.HeaderHeight:0.#}}pt {{page.MarginRight:0.#}}pt {{page.MarginBottom + page.FooterHeight:0.#}}pt {{page.MarginLeft:0.#}}pt;
              @top-left { content: "{{CssString(document.HeaderLeft ?? document.Title)}}"; font-size: 8.5pt; color: #666; border-bottom: 0.6pt solid #9e9e9e; }
              @top-right { content: "{{CssString(document.HeaderRight ?? "")}}"; font-size: 8.5pt; color: #666; border-bottom: 0.6pt solid #9e9e9e; }
              @bottom-center { content: "第 " counter(page) " 页 / 共 " counter(pages) " 页"; font-size: 9pt; color: #444; }
            }
            body { font-family: "Noto Sans CJK SC", sans-serif; font-size: 10.5pt; line-height: 1.5; color: #212121; margin: 0; }
            h1 { font-size: 15pt; line-height: 1.4; margin: 12pt 0 0; break-after: avoid; }
            h2 { font-size: 12.5pt; line-height: 1.4; margin: 10pt 0 0; break-after: avoid; }
            p { margin: 5pt 0 0; orphans: 2; widows: 2; }
            table { width: 100%; border-collapse: collapse; margin-top: 6pt; font-size: 9pt; line-height: 1.35; }
            thead { display: table-header-group; }
            tr { break-inside: avoid; }
            th { background: #eceff1; text-align: left; }
            th, td { border: 0.5pt solid #bdbdbd; padding: 3pt 4pt; vertical-align: top; }
            tbody tr:nth-child(even) td { background: #f7f7f7; }
            table.kv td:first-child { width: 28%; font-weight: bold; color: #555; font-size: 9.5pt; }
            table.kv td { font-size: 9.5pt; line-height: 1.45; border-color: #e0e0e0; }
            .badge { display: inline-block; padding: 0 6pt; border-radius: 3pt; color: #fff; font-weight: bold; }
            .badge.Low { background: #2e7d32; } .badge.Medium { background: #b26a00; } .badge.High { background: #c62828; }
            .qr { display: flex; flex-direction: row-reverse; justify-content: space-between; gap: 12pt; margin-top: 8pt; break-inside: avoid; font-size: 9pt; color: #555; line-height: 1.4; }
            .qr div { overflow-wrap: anywhere; }
            .chart { margin-top: 8pt; break-inside: avoid; }
            .break { break-before: page; }
            </style></head><body>

            """);
        foreach (var block in document.Blocks)
        {
            WriteBlock(html, block, page.ContentWidth);
        }

        html.Append("</body></html>\n");
        return html.ToString();
    }

    private static void WriteBlock(StringBuilder html, Block block, float contentWidth)
    {
        switch (block)
        {
            case Heading heading:
                html.Append("<h1>").Append(Escape(heading.Text)).Append("</h1>\n");
                break;
            case Paragraph paragraph:
                html.Append(CultureInfo.InvariantCulture, $"<p style=\"{StyleOf(paragraph.Style)}text-align:{Align(paragraph.Align)}\">").Append(Escape(paragraph.Text)).Append("</p>\n");
                break;
            case KeyValueBlock pairs:
                html.Append("<table class=\"kv\"><tbody>\n");
                foreach (var (label, value) in pairs.Pairs)
                {
                    html.Append("<tr><td>").Append(Escape(label)).Append("</td><td>");
                    WriteCell(html, value);
                    html.Append("</td></tr>\n");
                }

                html.Append("</tbody></table>\n");
                break;
            case Table table:
                WriteTable(html, table);
                break;
            case ChartBlock chart:
                var width = (int)(contentWidth * PixelsPerPoint);
                var height = (int)(chart.Height * PixelsPerPoint);
                html.Append("<div class=\"chart\">").Append(chart.Plot.GetSvgHtml(width, height)).Append("</div>\n");
                break;
            case QrCodeBlock qr:
                html.Append("<div class=\"qr\">").Append(QrSvg(qr.Payload)).Append("<div>");
                html.AppendJoin("<br>", qr.Caption.Select(Escape));
                html.Append("</div></div>\n");
                break;
            case BadgeBlock badge:
                html.Append("<p>").Append(Escape(badge.Caption)).Append(' ');
                WriteCell(html, Cell.Badge(badge.Level));
                html.Append("</p>\n");
                break;
            case PageBreak:
                html.Append("<div class=\"break\"></div>\n");
                break;
            case Spacer:
                html.Append("<div style=\"height:8pt\"></div>\n");
                break;
            default:
                throw new NotSupportedException($"no HTML for {block.GetType().Name}");
        }
    }

    private static void WriteTable(StringBuilder html, Table table)
    {
        var total = table.Columns.Sum(c => c.Weight);
        html.Append("<table><thead><tr>");
        foreach (var column in table.Columns)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th style=\"width:{100 * column.Weight / total:0.#}%;text-align:{Align(column.Align)}\">")
                .Append(Escape(column.Header)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                var align = row[i] is TextCell { Style: not null } text ? text.Align : table.Columns[i].Align;
                html.Append(CultureInfo.InvariantCulture, $"<td style=\"text-align:{Align(align)}\">");
                WriteCell(html, row[i]);
                html.Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    private static void WriteCell(StringBuilder html, Cell cell)
    {
        switch (cell)
        {
            case TextCell text when text.Style is { } style:
                html.Append(CultureInfo.InvariantCulture, $"<span style=\"{StyleOf(style)}\">").Append(Escape(text.Content)).Append("</span>");
                break;
            case TextCell text:
                html.Append(Escape(text.Content));
                break;
            case BadgeCell badge:
                var label = badge.Level switch { RiskLevel.Low => "低风险", RiskLevel.Medium => "中风险", _ => "高风险" };
                html.Append(CultureInfo.InvariantCulture, $"<span class=\"badge {badge.Level}\">{label}</span>");
                break;
            default:
                throw new NotSupportedException($"no HTML for {cell.GetType().Name}");
        }
    }

    private static string StyleOf(TextStyle? style) => style is null
        ? ""
        : string.Create(CultureInfo.InvariantCulture, $"font-size:{style.Size:0.##}pt;line-height:{style.LineHeight:0.##};color:#{style.Argb & 0xFFFFFF:x6};{(style.Bold ? "font-weight:bold;" : "")}");

    private static string Align(TextAlign align) => align switch
    {
        TextAlign.Center => "center",
        TextAlign.Right => "right",
        _ => "left",
    };

    /// <summary>The QR code as one SVG path of unit squares, 84 pt wide as in the PDF.</summary>
    private static string QrSvg(string payload)
    {
        using var data = QRCodeGenerator.GenerateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var path = new StringBuilder();
        for (var y = 0; y < matrix.Count; y++)
        {
            for (var x = 0; x < matrix[y].Length; x++)
            {
                if (matrix[y][x])
                {
                    path.Append(CultureInfo.InvariantCulture, $"M{x} {y}h1v1h-1z");
                }
            }
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"<svg width=\"84pt\" height=\"84pt\" viewBox=\"0 0 {matrix.Count} {matrix.Count}\" style=\"flex:none\"><path d=\"{path}\"/></svg>");
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);

    private static string CssString(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
