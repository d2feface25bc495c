using System.Globalization;
using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.Enterprises;
using ComplianceHub.Reports.Data;
using ComplianceHub.Reports.Layout;
using ComplianceHub.Reports.Pdf;
using ComplianceHub.Reports.Verification;

namespace ComplianceHub.Reports.Documents;

/// <summary>
/// 辖区监管报告: a jurisdiction's summary for the city or province office: aggregates by risk and kind,
/// sub-divisions, worst enterprises, overdue orders, the coverage trend, and every enterprise. Rendered
/// with <see cref="PdfReportWriter.WriteStreaming"/> so a county of 10,000 enterprises stays in bounded memory.
/// </summary>
public static class JurisdictionReport
{
    public const string Title = "辖区监管报告";

    public static int Render(JurisdictionReportData data, ReportIssue issue, Stream output) =>
        PdfReportWriter.WriteStreaming(Build(data, issue), output);

    public static ReportDocument Build(JurisdictionReportData data, ReportIssue issue)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(issue);
        var totals = data.Totals;
        var document = ReportSections.NewDocument(Title, data.Office, issue, data.GeneratedAt, $"{data.DivisionName}（{data.DivisionCode}）");
        var blocks = document.Blocks;
        foreach (var block in ReportSections.Title(Title, $"{data.DivisionName}（{data.DivisionCode}）· {data.Office}"))
        {
            blocks.Add(block);
        }

        // A division keeps no evidence log of its own: the snapshot is the roll-up the figures were read from.
        blocks.Add(ReportSections.Verification(
            issue, data.GeneratedAt,
            "数据快照 Roll-up：" + ReportFormat.Count(data.Evidence.HeadSeq) + " 家企业的汇总（各企业证据链之和）",
            "汇总哈希 Roll-up hash：" + data.Evidence.HeadHash));

        blocks.Add(new Heading("一、总体情况"));
        blocks.Add(new KeyValueBlock(
        [
            new("辖区", $"{data.DivisionName}（{data.DivisionCode}）"),
            new("监管企业", ReportFormat.Count(totals.Enterprises) + " 家"),
            new("平均合规评分", ReportFormat.Score(totals.AverageScore)),
            new("平均申报覆盖率", ReportFormat.Percent(totals.AverageDeclaredCoverage)),
            new("平均抽检合格率", ReportFormat.Percent(totals.AverageVerifiedCoverage)),
            new("未整改问题", ReportFormat.Count(totals.OpenFindings) + " 项"),
            new("逾期未整改通知", ReportFormat.Count(totals.OverdueOrders) + " 份"),
        ]));
        blocks.Add(new Heading("按风险等级", level: 2));
        blocks.Add(new Table(
            [new("风险等级", 1f), new("企业数", 1f, TextAlign.Right), new("占比", 1f, TextAlign.Right)],
            RiskLevels.All.Reverse().Select(level => (IReadOnlyList<Cell>)
            [
                Cell.Badge(ReportSections.Badge(level)),
                ReportFormat.Count(totals.ByRisk.GetValueOrDefault(level)),
                ReportFormat.Percent(totals.ByRisk.GetValueOrDefault(level), totals.Enterprises),
            ])));
        blocks.Add(new Heading("按企业类型", level: 2));
        blocks.Add(new Table(
            [new("企业类型", 1f), new("企业数", 1f, TextAlign.Right), new("占比", 1f, TextAlign.Right)],
            EnterpriseKinds.All.Select(kind => (IReadOnlyList<Cell>)
            [
                EnterpriseKinds.ChineseName(kind),
                ReportFormat.Count(totals.ByKind.GetValueOrDefault(kind)),
                ReportFormat.Percent(totals.ByKind.GetValueOrDefault(kind), totals.Enterprises),
            ])));

        blocks.Add(new Heading("二、隐私面单覆盖率趋势"));
        blocks.Add(ReportCharts.CoverageTrend(data.CoverageTrend, "近 90 日辖区平均覆盖率"));

        blocks.Add(new Heading("三、下级辖区"));
        blocks.Add(new Table(
        [
            new("代码", 1f, KeepOnOneLine: true),
            new("名称", 1.6f),
            new("企业数", 0.8f, TextAlign.Right),
            new("高风险", 0.8f, TextAlign.Right),
            new("平均评分", 0.8f, TextAlign.Right),
            new("平均抽检合格率", 1.1f, TextAlign.Right),
        ],
            data.Children.Select(c => (IReadOnlyList<Cell>)
            [
                c.Code,
                c.Name,
                ReportFormat.Count(c.Enterprises),
                ReportFormat.Count(c.HighRisk),
                ReportFormat.Score(c.AverageScore),
                ReportFormat.Percent(c.AverageVerifiedCoverage),
            ])));

        blocks.Add(new Heading("四、风险最高的企业"));
        blocks.Add(EnterpriseTable(data.WorstEnterprises));

        blocks.Add(new Heading("五、逾期未整改事项"));
        blocks.Add(new Table(
        [
            new("通知编号", 1.1f, KeepOnOneLine: true),
            new("企业", 2f),
            new("整改要求", 2.6f),
            new("期限", 0.9f),
            new("逾期天数", 0.7f, TextAlign.Right),
        ],
            data.OverdueOrders.Select(o => (IReadOnlyList<Cell>)
            [
                o.OrderId,
                $"{o.EnterpriseName}\n{o.EnterpriseId}",
                o.Text,
                ReportFormat.Date(o.Deadline),
                o.DaysOverdue.ToString(CultureInfo.InvariantCulture),
            ])));

        blocks.Add(new PageBreak());
        blocks.Add(new Heading("六、企业风险清单"));
        blocks.Add(new Paragraph("评分与风险等级为报告生成时的最新结果。", TextStyle.Small));
        blocks.Add(EnterpriseTable(data.Enterprises));
        return document;
    }

    private static Table EnterpriseTable(IEnumerable<JurisdictionEnterpriseRow> rows) =>
        new(
        [
            new("企业编号", 1.9f, KeepOnOneLine: true),
            new("名称", 2.2f),
            new("类型/品牌", 1.1f),
            new("评分", 0.55f, TextAlign.Right),
            new("风险", 0.75f, TextAlign.Center),
            new("未整改", 0.6f, TextAlign.Right),
            new("抽检合格率", 0.85f, TextAlign.Right),
        ],
            rows.Select(e => (IReadOnlyList<Cell>)
            [
                e.EnterpriseId,
                e.Name,
                e.Brand is null ? EnterpriseKinds.ChineseName(e.Kind) : $"{EnterpriseKinds.ChineseName(e.Kind)}\n{ReportSections.BrandName(e.Brand)}",
                e.Score.ToString(CultureInfo.InvariantCulture),
                Cell.Badge(ReportSections.Badge(e.Risk)),
                e.OpenFindings.ToString(CultureInfo.InvariantCulture),
                ReportFormat.Percent(e.VerifiedCoverage),
            ]));
}
