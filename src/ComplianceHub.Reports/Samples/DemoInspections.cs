using ComplianceHub.Reports.Data;

namespace ComplianceHub.Reports.Samples;

/// <summary>
/// Synthetic demo inspections: the Yiwu postal administration at the ZTO outlet, the Jinhua CAC at the
/// cloud warehouse. Inspectors are regulators' staff acting in office, shown here by made-up names.
/// </summary>
public static class DemoInspections
{
    public static InspectionReportData Postal()
    {
        var checklist = InspectionChecklist.Load(InspectionAuthority.Postal);
        string?[] notes =
        [
            "现场抽查 50 件，4 件电话仅隐藏 4 位", null, "打印区有监控，录像保存 15 日", "最近一次查杀 2026-09-30", "U 盘未禁用",
            null, "加盟协议有信息安全条款", "4 人协议缺失或过期", "培训签到表不全", "存在共用账号",
            "1 个离职账号未注销", "已接入总部风控告警", "日志保存 6 个月", "事件报告迟延 3 日", null,
        ];
        ChecklistAnswer[] answers =
        [
            ChecklistAnswer.No, ChecklistAnswer.Yes, ChecklistAnswer.Partly, ChecklistAnswer.Yes, ChecklistAnswer.No,
            ChecklistAnswer.Yes, ChecklistAnswer.Yes, ChecklistAnswer.Partly, ChecklistAnswer.Partly, ChecklistAnswer.No,
            ChecklistAnswer.No, ChecklistAnswer.Yes, ChecklistAnswer.Yes, ChecklistAnswer.Partly, ChecklistAnswer.Yes,
        ];
        var details = new InspectionDetails(
            InspectionAuthority.Postal,
            "INSP-330782-2026-0143",
            InspectionKind.OnSite,
            "义乌市邮政管理局",
            new DateOnly(2026, 11, 18),
            new DateOnly(2026, 11, 19),
            ["王建国（执法证号 ZJ-YZ-0231）", "陈晓敏（执法证号 ZJ-YZ-0257）"],
            "网点负责人",
            Answer(checklist, answers, notes),
            [
                new RectificationOrder("YZ-GZ-2026-088", "全部面单使用符合 GB/T 41833-2022 的隐私面单模板，电话隐藏不少于 6 位，整改后提交抽检记录。", "GB/T 41833-2022《快递电子运单》", new DateOnly(2026, 12, 4), RectificationStatus.Open),
                new RectificationOrder("YZ-GZ-2026-089", "注销离职人员账号，建立离职当日注销制度；停止跨网点查询运单。", "《寄递服务用户个人信息安全管理规定》", new DateOnly(2026, 11, 26), RectificationStatus.Open),
                new RectificationOrder("YZ-GZ-2026-090", "与全部接触用户信息人员签订保密协议并完成培训。", "《寄递服务用户个人信息安全管理规定》；《个人信息保护法》第五十一条", new DateOnly(2026, 12, 19), RectificationStatus.Open),
            ]);
        return new InspectionReportData(DemoEnterprises.Outlet(), details);
    }

    public static InspectionReportData Cyberspace()
    {
        var checklist = InspectionChecklist.Load(InspectionAuthority.Cyberspace);
        ChecklistAnswer[] answers =
        [
            ChecklistAnswer.No, ChecklistAnswer.No, ChecklistAnswer.Partly, ChecklistAnswer.Yes, ChecklistAnswer.No,
            ChecklistAnswer.Yes, ChecklistAnswer.Yes, ChecklistAnswer.Partly, ChecklistAnswer.Partly, ChecklistAnswer.Yes,
            ChecklistAnswer.Yes, ChecklistAnswer.Yes, ChecklistAnswer.Yes,
        ];
        string?[] notes =
        [
            "未报送", "上次审计 2024-03-15", "向快递企业提供面单数据未评估", null, "较大事件报告用时 9.5 小时",
            "已短信通知", null, "夜间查询未告警", "1 个子账号离职后仍登录", "已部署终端防护",
            null, "年度培训覆盖 92%", null,
        ];
        var details = new InspectionDetails(
            InspectionAuthority.Cyberspace,
            "INSP-CAC-3307-2026-0021",
            InspectionKind.OnSite,
            "金华市委网信办",
            new DateOnly(2026, 11, 16),
            new DateOnly(2026, 11, 17),
            ["李文涛（执法证号 JH-WX-0112）", "赵敏（执法证号 JH-WX-0140）"],
            "个人信息保护工作负责部门负责人",
            Answer(checklist, answers, notes),
            [
                new RectificationOrder("WX-GZ-2026-015", "指定个人信息保护负责人，并于 30 个工作日内向金华市委网信办报送。", "《个人信息保护法》第五十二条", new DateOnly(2026, 12, 31), RectificationStatus.Open),
                new RectificationOrder("WX-GZ-2026-016", "开展个人信息保护合规审计并提交审计报告。", "《个人信息保护合规审计管理办法》", new DateOnly(2027, 2, 28), RectificationStatus.Open),
                new RectificationOrder("WX-GZ-2026-009", "完善安全事件 4 小时报告流程并补报 INC-2026-007 处置情况。", "《国家网络安全事件报告管理办法》", new DateOnly(2026, 9, 30), RectificationStatus.Overdue),
            ]);
        return new InspectionReportData(DemoEnterprises.Warehouse(), details);
    }

    private static List<ChecklistResponse> Answer(InspectionChecklist checklist, ChecklistAnswer[] answers, string?[] notes) =>
        [.. checklist.Items.Select((item, i) => new ChecklistResponse(
            item.Id, item.QuestionZh, item.QuestionEn, item.Basis,
            i < answers.Length ? answers[i] : ChecklistAnswer.NotApplicable,
            i < notes.Length ? notes[i] : null))];
}
