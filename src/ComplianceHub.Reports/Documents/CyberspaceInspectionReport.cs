using ComplianceHub.Reports.Data;
using ComplianceHub.Reports.Layout;
using ComplianceHub.Reports.Pdf;
using ComplianceHub.Reports.Verification;

namespace ComplianceHub.Reports.Documents;

/// <summary>
/// 网信部门 个人信息保护检查报告: the cyberspace administration's inspection report, centred on the PIPL
/// duties of a personal-information processor: officer filing (art. 52), compliance audits, incident
/// reporting clocks (国家网络安全事件报告管理办法), access logging (网络安全法 art. 21) and security measures (art. 51).
/// </summary>
public static class CyberspaceInspectionReport
{
    public const string Title = "个人信息保护检查报告";

    public static int Render(InspectionReportData data, ReportIssue issue, Stream output) =>
        PdfReportWriter.Write(Build(data, issue), output);

    public static ReportDocument Build(InspectionReportData data, ReportIssue issue)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(issue);
        var enterprise = data.Enterprise;
        var scale = enterprise.Scale;
        var checklist = InspectionChecklist.Load(InspectionAuthority.Cyberspace);
        var document = ReportSections.InspectionOpening(Title, "网信部门", data, checklist, issue);
        var blocks = document.Blocks;

        blocks.Add(new Heading("二、个人信息处理者基本情况"));
        blocks.Add(ReportSections.Profile(enterprise, withScale: true));

        blocks.Add(new Heading("三、个人信息保护负责人"));
        var officerRequired = scale.OfficerRequired;
        blocks.Add(new KeyValueBlock(
        [
            new("适用条件", "处理个人信息达 100 万人（《个人信息保护法》第五十二条；国家网信办 2025-07-18 公告）"),
            new("是否适用", officerRequired ? $"适用（处理 {ReportFormat.Count(scale.IndividualsProcessed)} 人）" : "不适用"),
            new("报送日期", scale.OfficerFiledOn is { } filed ? ReportFormat.Date(filed) : "未报送"),
            new("结论", !officerRequired ? "不适用" : scale.OfficerFiledOn is null ? "未履行：应在 30 个工作日内向设区的市级网信部门报送" : "已履行"),
        ]));

        blocks.Add(new Heading("四、个人信息保护合规审计"));
        var auditRequired = scale.AuditRequired;
        var auditDue = scale.LastAuditOn?.AddYears(2);
        var today = ReportFormat.Day(enterprise.GeneratedAt);
        blocks.Add(new KeyValueBlock(
        [
            new("适用条件", "处理个人信息超过 1000 万人，每两年至少一次（《个人信息保护合规审计管理办法》，2025-05-01 施行）"),
            new("是否适用", auditRequired ? "适用" : "不适用"),
            new("最近一次审计", ReportFormat.Date(scale.LastAuditOn)),
            new("下次审计最迟", auditDue is null ? "—" : ReportFormat.Date(auditDue)),
            new("结论", !auditRequired ? "不适用" : auditDue is null ? "未开展合规审计" : auditDue < today ? $"已逾期 {today.DayNumber - auditDue.Value.DayNumber} 日" : "在期限内"),
        ]));

        blocks.Add(new Heading("五、安全事件报告时限"));
        blocks.Add(new Paragraph($"较大及以上网络安全事件应在 4 小时内向省级网信部门报告（关键信息基础设施 1 小时）；本单位{(scale.CriticalInfrastructure ? "属于" : "不属于")}关键信息基础设施运营者，适用 {(scale.CriticalInfrastructure ? 1 : 4)} 小时时限。发生个人信息泄露的，应通知受影响的个人（《个人信息保护法》第五十七条）。", TextStyle.Small));
        if (enterprise.Incidents.Count == 0)
        {
            blocks.Add(ReportSections.NoneFound("网络安全事件"));
        }
        else
        {
            var limit = TimeSpan.FromHours(scale.CriticalInfrastructure ? 1 : 4);
            blocks.Add(new Table(
            [
                new("事件编号", 1.1f),
                new("类型/等级", 1.1f),
                new("发现时间", 1.2f),
                new("报告网信部门", 1.2f),
                new("用时", 0.8f, TextAlign.Right),
                new("时限", 0.6f, TextAlign.Right),
                new("结论", 1f),
                new("告知个人", 1.2f),
            ],
                enterprise.Incidents.Select(i => (IReadOnlyList<Cell>)
                [
                    i.IncidentId,
                    $"{i.KindChineseName}\n{i.GradeChineseName}",
                    ReportFormat.ShortTime(i.DetectedAt),
                    ReportFormat.ShortTime(i.ReportedToCacAt),
                    i.ReportedToCacAt is { } at ? ReportFormat.Hours(at - i.DetectedAt) : "—",
                    i.Grade >= Domain.Incidents.IncidentGrade.Jiaoda ? ReportFormat.Hours(limit) : "—",
                    ClockVerdict(i, limit),
                    ReportFormat.ShortTime(i.IndividualsNotifiedAt),
                ])));
        }

        blocks.Add(new Heading("六、访问控制与日志留存"));
        blocks.Add(new Paragraph("个人信息访问日志（查询、打印、导出）应留存不少于 6 个月（《网络安全法》第二十一条），并实行最小授权、一人一号；离职人员账号（含电商平台子账号）应及时注销。", TextStyle.Small));
        blocks.Add(new KeyValueBlock(
        [
            new("接触个人信息人员", enterprise.Staff.HandlingPersonalInfo + " 人"),
            new("离职未注销账号", enterprise.Staff.DepartedWithAccountOpen + " 个"),
        ]));
        blocks.Add(ReportSections.AccountFindings(enterprise.Findings, "访问控制方面的问题"));

        blocks.Add(new Heading("七、安全保护措施"));
        var labels = enterprise.Labels;
        var staff = enterprise.Staff;
        blocks.Add(new KeyValueBlock(
        [
            new("去标识化（隐私面单）", $"申报 {ReportFormat.Percent(labels.DeclaredCoverage)}，抽检合格 {ReportFormat.Percent(labels.VerifiedCoverage)}（GB/T 41833-2022）"),
            new("保密协议", $"{staff.WithNdaInForce} / {staff.HandlingPersonalInfo} 人（{ReportFormat.Percent(staff.WithNdaInForce, staff.HandlingPersonalInfo)}）"),
            new("安全教育培训", $"{staff.TrainedIn12Months} / {staff.HandlingPersonalInfo} 人 12 个月内参训（{ReportFormat.Percent(staff.TrainedIn12Months, staff.HandlingPersonalInfo)}）"),
        ]));
        blocks.Add(ReportCharts.CoverageTrend(ReportCharts.Trend(labels), "近 90 日去标识化（隐私面单）覆盖率"));

        ReportSections.AddInspectionClosing(blocks, ["八", "九", "十", "十一"], data, checklist);
        return document;
    }

    private static string ClockVerdict(ReportIncident incident, TimeSpan limit)
    {
        if (incident.Grade < Domain.Incidents.IncidentGrade.Jiaoda)
        {
            return "一般事件，不适用 4 小时时限";
        }

        return incident.ReportedToCacAt is not { } at ? "未报告" : at - incident.DetectedAt <= limit ? "按时报告" : "超时报告";
    }
}
