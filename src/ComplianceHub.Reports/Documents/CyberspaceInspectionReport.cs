using ComplianceHub.Domain.Incidents;
using ComplianceHub.Reports.Data;
using ComplianceHub.Reports.Layout;
using ComplianceHub.Reports.Pdf;
using ComplianceHub.Reports.Verification;

namespace ComplianceHub.Reports.Documents;

/// <summary>
/// 网信部门 个人信息保护检查报告: the cyberspace administration's inspection report, centred on the PIPL
/// duties of a personal-information processor: officer filing (art. 52), compliance audits, incident
/// reporting clocks (国家网络安全事件报告管理办法), access logging (网络安全法 art. 21, art. 23 from 2026-01-01) and
/// security measures (art. 51).
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
            new("适用条件", $"处理个人信息达 {ReportFormat.Count(scale.OfficerThreshold)} 人（《个人信息保护法》第五十二条；国家网信办 2025-07-18 公告）"),
            new("是否适用", officerRequired ? $"适用（处理 {ReportFormat.Count(scale.IndividualsProcessed)} 人）" : "不适用"),
            new("报送日期", scale.OfficerFiledOn is { } filed ? ReportFormat.Date(filed) : "未报送"),
            new("结论", !officerRequired ? "不适用" : scale.OfficerFiledOn is null ? "未履行：应在 30 个工作日内向设区的市级网信部门报送" : "已履行"),
        ]));

        blocks.Add(new Heading("四、个人信息保护合规审计"));
        var auditRequired = scale.AuditRequired;
        var auditDue = scale.AuditDueBy;
        var today = ReportFormat.Day(enterprise.GeneratedAt);
        blocks.Add(new KeyValueBlock(
        [
            new("适用条件", $"处理个人信息超过 {ReportFormat.Count(scale.AuditThreshold)} 人，每两年至少一次（《个人信息保护合规审计管理办法》，2025-05-01 施行）"),
            new("是否适用", auditRequired ? "适用" : "不适用"),
            new("最近一次审计", ReportFormat.Date(scale.LastAuditOn)),
            new("下次审计最迟", auditDue is null ? "—" : ReportFormat.Date(auditDue)),
            new("结论", !auditRequired ? "不适用" : auditDue is null ? "未开展合规审计" : auditDue < today ? $"已逾期 {today.DayNumber - auditDue.Value.DayNumber} 日" : "在期限内"),
        ]));

        blocks.Add(new Heading("五、安全事件报告时限"));
        var limit = scale.IncidentDeadline;
        var recipients = IncidentReportRoutes.Recipients(scale.Route);
        blocks.Add(new Paragraph(
            $"较大以上网络安全事件应按《国家网络安全事件报告管理办法》第四条（2025-11-01 施行）报告：一般网络运营者最迟 4 小时内向属地省级网信部门，涉及关键信息基础设施的最迟 1 小时内向保护工作部门、公安机关，中央和国家机关各部门及其直属单位最迟 2 小时内向本部门网信工作机构。本单位应向{recipients}报告，时限 {ReportFormat.Deadline(limit)}。事件级别取企业自定级别与按《网络安全事件分级指南》计算的级别中较高者。发生或者可能发生个人信息泄露的，应立即通知履行个人信息保护职责的部门和个人（《个人信息保护法》第五十七条）。",
            TextStyle.Small));
        if (enterprise.Incidents.Count == 0)
        {
            blocks.Add(ReportSections.NoneFound("网络安全事件"));
        }
        else
        {
            blocks.Add(new Table(
            [
                new("事件编号", 1.1f, KeepOnOneLine: true),
                new("类型/等级", 1.3f),
                new("发现时间", 1.1f),
                new("向" + recipients + "报告", 1.2f),
                new("用时", 0.7f, TextAlign.Right),
                new("时限", 0.6f, TextAlign.Right),
                new("结论", 1f),
                new("通知个人", 1.1f),
            ],
                enterprise.Incidents.Select(i => (IReadOnlyList<Cell>)
                [
                    i.IncidentId,
                    $"{i.KindChineseName}\n{i.GradeChineseName}",
                    ReportFormat.ShortTime(i.DetectedAt),
                    ReportFormat.ShortTime(i.ReportedToCacAt),
                    i.ReportedToCacAt is { } at ? ReportFormat.Hours(at - i.DetectedAt) : "—",
                    i.EffectiveGrade >= IncidentGrade.Jiaoda ? ReportFormat.Deadline(limit) : "—",
                    ClockVerdict(i, limit),
                    ReportFormat.ShortTime(i.IndividualsNotifiedAt),
                ])));
        }

        blocks.Add(new Heading("六、访问控制与日志留存"));
        blocks.Add(new Paragraph("网络日志应留存不少于六个月（《网络安全法》第二十一条，2017-06-01 施行；2025-10-28 修正后为第二十三条，2026-01-01 施行，按事件发生日期引用）；操作权限应合理确定（《个人信息保护法》第五十一条），离职人员账号（含电商平台子账号）应及时注销。夜间或批量查询本身不违反义务，作为风险线索列示。", TextStyle.Small));
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
            new("安全教育培训", $"{staff.HandlingPersonalInfo} 人中培训周期内参训 {staff.TrainingLine(ReportFormat.Percent)}"),
        ]));
        blocks.Add(ReportCharts.CoverageTrend(ReportCharts.Trend(labels), "近 90 日去标识化（隐私面单）覆盖率"));

        ReportSections.AddInspectionClosing(blocks, ["八", "九", "十", "十一"], data, checklist);
        return document;
    }

    private static string ClockVerdict(ReportIncident incident, TimeSpan limit)
    {
        if (incident.EffectiveGrade < IncidentGrade.Jiaoda)
        {
            return "未达较大，办法不要求报告";
        }

        return incident.ReportedToCacAt is not { } at ? "未报告" : at - incident.DetectedAt <= limit ? "按时报告" : "超时报告";
    }
}
