using System.Globalization;
using ComplianceHub.Reports.Data;
using ComplianceHub.Reports.Layout;
using ComplianceHub.Reports.Pdf;

namespace ComplianceHub.Reports.Documents;

/// <summary>
/// 监管履职时间线（附件）: for a procuratorate's administrative public-interest case, each problem the division's
/// regulators could see, their first recorded read, their first action and the days between.
/// </summary>
public static class InactionAnnex
{
    public const string Title = "监管履职时间线";

    public static byte[] Render(string division, DateTimeOffset generatedAt, int examined, bool truncated, IReadOnlyList<InactionRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var document = new ReportDocument
        {
            Title = Title, Author = "ComplianceHub", Subject = division, CreatedAt = generatedAt, HeaderLeft = Title, HeaderRight = "行政区划 " + division,
        };
        var blocks = document.Blocks;
        blocks.Add(new Paragraph(Title + "（附件）", TextStyle.Title, TextAlign.Center));
        blocks.Add(new Paragraph($"行政区划 {division} · 生成于 {ReportFormat.Time(generatedAt)}", TextStyle.Body, TextAlign.Center));
        blocks.Add(new Heading("一、说明"));
        blocks.Add(new Paragraph(
            "本表依据平台证据日志生成：严重问题自发现之时起即随企业汇总推送至所属辖区，监管部门可见；整改逾期自期限次日零时（北京时间）起计入辖区逾期统计。"
            + "“首次查阅”为监管人员查阅该企业证据或报告的首条记录，“首次处置”为其后第一条检查类记录（立案、发现问题、责令改正、核验、结案）。"
            + "间隔天数计至首次处置；尚无处置的计至问题消除或本表生成时。统计口径为本平台政策，非法定标准。"));
        blocks.Add(new KeyValueBlock(
        [
            new("检查企业数", examined.ToString("N0", CultureInfo.InvariantCulture) + (truncated ? "（已达上限，未全部列出）" : "")),
            new("列出问题数", rows.Count.ToString("N0", CultureInfo.InvariantCulture)),
            new("尚无处置", rows.Count(r => r.StillWithoutAction).ToString("N0", CultureInfo.InvariantCulture)),
        ]));
        blocks.Add(new Heading("二、时间线"));
        if (rows.Count == 0)
        {
            blocks.Add(new Paragraph("未发现严重问题或逾期整改。"));
            return Write(document);
        }

        var cells = rows.Select(r => (IReadOnlyList<Cell>)
        [
            r.Enterprise, r.What == "finding" ? "严重问题" : "整改逾期", r.Title, ReportFormat.Time(r.VisibleSince), ReportFormat.Time(r.FirstRead),
            r.FirstAction is { } a ? $"{ReportFormat.Time(a)}（证据 #{r.FirstActionSeq}）" : "—",
            Cell.Text(r.DaysWithoutAction.ToString("0.0", CultureInfo.InvariantCulture) + (r.StillWithoutAction ? "（未处置）" : ""), align: TextAlign.Right),
        ]);
        blocks.Add(new Table(
            [new("企业", 2.2f), new("类别", 1f), new("问题", 2.2f), new("可见自", 1.6f), new("首次查阅", 1.6f), new("首次处置", 2f), new("间隔（天）", 1.1f, TextAlign.Right)],
            cells.ToList()));
        return Write(document);
    }

    private static byte[] Write(ReportDocument document)
    {
        using var output = new MemoryStream();
        PdfReportWriter.Write(document, output);
        return output.ToArray();
    }
}
