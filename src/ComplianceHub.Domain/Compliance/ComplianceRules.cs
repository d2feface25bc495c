namespace ComplianceHub.Domain.Compliance;

/// <summary>
/// The rulebook's catalogue: every rule's id, titles, legal basis and weight, in one place a regulator can
/// read. The check behind each rule lives in <c>Compliance/Rules/</c>, one file per rule.
/// </summary>
public static class ComplianceRules
{
    public static readonly ComplianceRule WaybillMaskCoverage = new(
        "WAYBILL-MASK-COVERAGE",
        "隐私面单覆盖率未达 100%",
        "Privacy-waybill coverage below target",
        "GB/T 41833-2022《快递电子运单》（2023-02-01 施行）：姓名隐藏至少 1 个汉字、电话隐藏至少 6 位、地址隐藏单元户室号",
        ["L1"],
        FindingSeverity.High);

    public static readonly ComplianceRule WaybillFalseDeclaration = new(
        "WAYBILL-FALSE-DECLARATION",
        "虚报隐私面单",
        "False declaration of masked waybills",
        "GB/T 41833-2022《快递电子运单》；申报全部隐私面单而抽检不合格，误导监管对 L1 合规的判断",
        ["L1"],
        FindingSeverity.Critical);

    public static readonly ComplianceRule StaffNda = new(
        "STAFF-NDA",
        "接触用户信息人员未签署有效保密协议",
        "Staff handling personal information without a valid NDA",
        "《寄递服务用户个人信息安全管理规定》（国家邮政局，2014）；《个人信息保护法》第五十一条",
        ["L3"],
        FindingSeverity.Medium);

    public static readonly ComplianceRule StaffTraining12M = new(
        "STAFF-TRAINING-12M",
        "接触用户信息人员 12 个月内未接受安全培训",
        "Staff handling personal information not trained in the last 12 months",
        "《寄递服务用户个人信息安全管理规定》（国家邮政局，2014）；《个人信息保护法》第五十一条",
        ["L3"],
        FindingSeverity.Medium);

    public static readonly ComplianceRule AccountDepartedOpen = new(
        "ACCOUNT-DEPARTED-OPEN",
        "离职人员账号超过 24 小时未注销",
        "Departed staff's account still open after the grace period",
        "《寄递服务用户个人信息安全管理规定》（最小权限、离职审计）；《网络安全法》第二十一条",
        ["L4"],
        FindingSeverity.High);

    public static readonly ComplianceRule AccountUsedAfterDeparture = new(
        "ACCOUNT-USED-AFTER-DEPARTURE",
        "离职人员账号离职后仍被使用",
        "Account used after its holder left",
        "《寄递服务用户个人信息安全管理规定》（离职审计）；《网络安全法》第二十一条；《反电信网络诈骗法》第二十九条",
        ["L4", "L10"],
        FindingSeverity.Critical);

    public static readonly ComplianceRule AccessCrossOutlet = new(
        "ACCESS-CROSS-OUTLET",
        "跨网点查询运单",
        "Queries of another outlet's waybills",
        "《寄递服务用户个人信息安全管理规定》（最小权限；总部对加盟网点负管理责任）；《反电信网络诈骗法》第二十九条",
        ["L4", "L5", "L10"],
        FindingSeverity.High);

    public static readonly ComplianceRule AccessBulkQuery = new(
        "ACCESS-BULK-QUERY",
        "单账号每小时批量查询超过阈值",
        "Bulk queries by one account in one hour above the threshold",
        "《寄递服务用户个人信息安全管理规定》（最小权限）；《网络安全法》第二十一条；《反电信网络诈骗法》第二十九条",
        ["L4", "L10"],
        FindingSeverity.High);

    public static readonly ComplianceRule AccessNightQuery = new(
        "ACCESS-NIGHT-QUERY",
        "夜间（00:00–05:00）查询运单",
        "Waybill queries at night (00:00–05:00 China time)",
        "《寄递服务用户个人信息安全管理规定》（访问控制与日志）；《网络安全法》第二十一条",
        ["L4"],
        FindingSeverity.Medium);

    public static readonly ComplianceRule IncidentCac4H = new(
        "INCIDENT-CAC-4H",
        "较大及以上安全事件未按时向网信部门报告",
        "Incident of grade major or above not reported to the CAC in time",
        "《国家网络安全事件报告管理办法》（2025-11-01 施行）：较大及以上事件 4 小时内报告，关键信息基础设施 1 小时",
        ["L7"],
        FindingSeverity.Critical);

    public static readonly ComplianceRule IncidentPostalReport = new(
        "INCIDENT-POSTAL-REPORT",
        "安全事件未及时向邮政管理部门报告",
        "Incident not reported to the postal authority in time",
        "《快递暂行条例》：发生或可能发生用户信息泄露的，立即采取补救措施并向所在地邮政管理部门报告",
        ["L7"],
        FindingSeverity.High);

    public static readonly ComplianceRule IncidentNotifyIndividuals = new(
        "INCIDENT-NOTIFY-INDIVIDUALS",
        "安全事件未及时告知受影响个人",
        "Affected individuals not notified in time",
        "《个人信息保护法》第五十七条",
        ["L7"],
        FindingSeverity.High);

    public static readonly ComplianceRule ScaleProtectionOfficer = new(
        "SCALE-PROTECTION-OFFICER",
        "处理 100 万人以上个人信息未报送个人信息保护负责人",
        "Processor of 1 million+ individuals without a filed PI-protection officer",
        "《个人信息保护法》第五十二条；国家网信办 2025-07-18 公告（30 个工作日内向设区的市级网信部门报送）",
        ["L8"],
        FindingSeverity.Medium);

    public static readonly ComplianceRule ScaleComplianceAudit = new(
        "SCALE-COMPLIANCE-AUDIT",
        "处理 1000 万人以上个人信息未每两年开展合规审计",
        "Processor of 10 million+ individuals without a compliance audit in 2 years",
        "《个人信息保护合规审计管理办法》（2025-05-01 施行）",
        ["L9"],
        FindingSeverity.Medium);

    public static IReadOnlyList<ComplianceRule> All { get; } =
    [
        WaybillMaskCoverage, WaybillFalseDeclaration, StaffNda, StaffTraining12M, AccountDepartedOpen,
        AccountUsedAfterDeparture, AccessCrossOutlet, AccessBulkQuery, AccessNightQuery, IncidentCac4H,
        IncidentPostalReport, IncidentNotifyIndividuals, ScaleProtectionOfficer, ScaleComplianceAudit,
    ];

    public static ComplianceRule? Find(string id) => All.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal));
}
