using System.Globalization;
using ComplianceHub.Domain.Compliance;
using ComplianceHub.Reports.Data;
using ComplianceHub.Reports.Layout;
using ComplianceHub.Reports.Pdf;
using ComplianceHub.Reports.Verification;

namespace ComplianceHub.Reports.Documents;

/// <summary>
/// 企业自查报告: what an enterprise prints before an inspection: its score and risk level, and every open
/// finding with its legal basis and what to do about it.
/// </summary>
public static class SelfAssessmentReport
{
    public const string Title = "企业自查报告";

    public static int Render(EnterpriseReportData data, ReportIssue issue, Stream output) =>
        PdfReportWriter.Write(Build(data, issue), output);

    public static ReportDocument Build(EnterpriseReportData data, ReportIssue issue)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(issue);
        var document = ReportSections.NewDocument(Title, data.Profile.Name, issue, data.GeneratedAt, "寄递用户个人信息保护自查");
        var blocks = document.Blocks;
        foreach (var block in ReportSections.Title(Title, $"寄递用户个人信息保护 · {data.Profile.Name}"))
        {
            blocks.Add(block);
        }

        blocks.Add(ReportSections.Verification(issue, data.GeneratedAt, data.Evidence));

        var open = data.Findings.Where(f => f.IsOpen).OrderByDescending(f => f.Severity).ToList();
        var cleared = data.Findings.Where(f => !f.IsOpen).ToList();
        blocks.Add(new Heading("一、总体情况"));
        blocks.Add(new Paragraph($"合规评分 {data.Score} / 100", TextStyle.Heading2));
        blocks.Add(new BadgeBlock("综合风险等级", ReportSections.Badge(data.Risk)));
        blocks.Add(new KeyValueBlock(
        [
            new("未整改问题", $"{open.Count} 项（{BySeverity(open)}）"),
            new("已整改问题", $"{cleared.Count} 项"),
            new("评分说明", "满分 100 分，按未整改问题的严重程度扣分；风险线索列示但默认不扣分；风险等级按监管部门规则库配置的分数线划分。"),
        ]));

        blocks.Add(new Heading("二、基本信息"));
        blocks.Add(ReportSections.Profile(data, withScale: true));

        blocks.Add(new Heading("三、隐私面单"));
        var labels = data.Labels;
        blocks.Add(new KeyValueBlock(
        [
            new("近 90 日打印面单", ReportFormat.Count(labels.Printed) + " 件"),
            new("申报覆盖率", ReportFormat.Percent(labels.DeclaredCoverage)),
            new("抽检合格率", $"{ReportFormat.Percent(labels.VerifiedCoverage)}（抽检 {ReportFormat.Count(labels.SamplesChecked)} 件）"),
        ]));
        blocks.Add(ReportCharts.CoverageTrend(ReportCharts.Trend(labels), "近 90 日隐私面单覆盖率"));

        blocks.Add(new Heading("四、人员与账号"));
        var staff = data.Staff;
        blocks.Add(new KeyValueBlock(
        [
            new("接触用户信息人员", staff.HandlingPersonalInfo + " 人"),
            new("保密协议有效", $"{staff.WithNdaInForce} 人（{ReportFormat.Percent(staff.WithNdaInForce, staff.HandlingPersonalInfo)}）"),
            new("培训周期内接受培训", staff.TrainingLine(ReportFormat.Percent)),
            new("离职未注销账号", staff.DepartedWithAccountOpen + " 个"),
        ]));

        blocks.Add(new Heading("五、安全事件"));
        blocks.Add(data.Incidents.Count == 0 ? ReportSections.NoneFound("安全事件") : ReportSections.Incidents(data.Incidents));

        blocks.Add(new Heading("六、问题清单及整改建议"));
        if (open.Count == 0)
        {
            blocks.Add(ReportSections.NoneFound("未整改的问题"));
        }

        for (var i = 0; i < open.Count; i++)
        {
            var f = open[i];
            // Each issue stays on one page with its evidence and advice.
            blocks.Add(new KeepTogether(
            [
                new Heading($"{(i + 1).ToString(CultureInfo.InvariantCulture)}. {f.TitleZh}", level: 2),
                new KeyValueBlock(
            [
                new("规则编号", $"{f.RuleId}（{f.TitleEn}）"),
                new("性质", string.IsNullOrEmpty(f.BasisNote) ? f.BasisChineseName : $"{f.BasisChineseName}：{f.BasisNote}"),
                new("严重程度", f.SeverityChineseName),
                new("情况", f.Summary),
                new("发现时间", ReportFormat.Time(f.OpenedAt)),
                new("证据", ReportFormat.Seqs(f.EvidenceSeqs)),
                new("法律依据", f.LegalBasis),
                new("逾期未改正适用", f.Penalties.Length == 0 ? "风险线索，不适用罚则" : f.Penalties),
                new("整改建议", Remediation.For(f.RuleId)),
            ]),
            ]));
        }

        if (cleared.Count > 0)
        {
            blocks.Add(new Heading("已整改的问题", level: 2));
            blocks.Add(ReportSections.Findings(cleared));
        }

        if (data.Findings.Count > 0)
        {
            blocks.Add(ReportSections.BasisLegend());
        }

        blocks.Add(new Heading("七、企业声明"));
        blocks.Add(new KeepTogether(
        [
            new Paragraph("本单位确认上述自查数据由本单位报送的面单批次、人员名册、培训、访问日志和安全事件记录生成，真实、完整；对所列问题将按整改建议逐项整改，并保留整改记录备查。"),
            new Paragraph("单位负责人（签字）：____________________　　　　日期：______年____月____日", TextStyle.Body),
            new Paragraph("（单位盖章）", TextStyle.Body, TextAlign.Right),
        ]));
        return document;
    }

    private static string BySeverity(IReadOnlyList<ReportFinding> findings) =>
        string.Join("，", FindingSeverities.All.Reverse()
            .Select(s => (Severity: s, Count: findings.Count(f => f.Severity == s)))
            .Where(x => x.Count > 0)
            .Select(x => $"{FindingSeverities.ChineseName(x.Severity)} {x.Count} 项"))
        is { Length: > 0 } text ? text : "无";
}
