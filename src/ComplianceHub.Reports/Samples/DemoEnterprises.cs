using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.Enterprises;
using ComplianceHub.Domain.Incidents;
using ComplianceHub.Reports.Data;

namespace ComplianceHub.Reports.Samples;

/// <summary>
/// Synthetic demo enterprises in Yiwu (330782): a franchised ZTO outlet with masking and account problems,
/// and a cloud warehouse at the scale where PIPL's officer and audit duties apply. No real enterprise or
/// person: credit codes are made up, staff appear as pseudonymous ids, nothing holds a name, phone or address.
/// </summary>
public static class DemoEnterprises
{
    public static readonly DateTimeOffset GeneratedAt = new(2026, 11, 20, 6, 30, 0, TimeSpan.Zero);

    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public static EnterpriseReportData Outlet() => new(
        new EnterpriseProfile("91330782MA2DEMO001/YW017", "义乌市稠城某快递服务部（演示）", EnterpriseKind.CourierOutlet, "330782", "浙江省金华市义乌市", "zto"),
        Score: 58,
        Risk: RiskLevel.High,
        Findings:
        [
            Outlet(ComplianceRules.WaybillMaskCoverage, "抽检 1,260 件，不合格 97 件，抽检合格率 92.3%，低于 100% 目标", 97, [4_811, 4_902, 5_033], At(2026, 9, 3, 10)),
            Outlet(ComplianceRules.WaybillFalseDeclaration, "1 批申报“全部隐私面单”的批次抽检 60 件不合格 9 件，超出容差（不合格 ≥ 3 件且不合格率 ≥ 5%）", 1, [5_120], At(2026, 10, 12, 15)),
            Outlet(ComplianceRules.WaybillDeclarationMismatch, "2 批申报“全部隐私面单”的批次各有 1 件样本不合格，未超出容差，不认定为虚报", 2, [5_188, 5_201], At(2026, 10, 20, 15)),
            Outlet(ComplianceRules.WaybillIdNumberPrinted, "抽检面单中 2 件在收件人姓名栏后印有身份证件号码", 2, [5_033], At(2026, 9, 3, 10)),
            Outlet(ComplianceRules.AccountDepartedOpen, "离职人员 S-0412 的业务系统账号 yw017-c09 离职 9 日仍未注销", 1, [5_310], At(2026, 11, 2, 9)),
            Outlet(ComplianceRules.AccessCrossOutlet, "账号 yw017-c03 在 10 月 28 日查询其他网点运单 214 次", 214, [5_266, 5_267], At(2026, 10, 28, 22), At(2026, 11, 6, 12)),
            Outlet(ComplianceRules.StaffNda, "接触用户信息人员中 4 人未签署或保密协议已过期（S-0388、S-0401、S-0415、S-0420）", 4, [5_290], At(2026, 10, 30, 9)),
            Outlet(ComplianceRules.StaffTraining12M, "6 人近 12 个月未接受个人信息保护培训", 6, [5_291], At(2026, 10, 30, 9)),
            Outlet(ComplianceRules.IncidentPostalReport, "事件 INC-2026-031（偷拍面单）发现后 3 日才向邮政管理部门报告", 1, [5_150], At(2026, 10, 15, 18), At(2026, 10, 18, 10)),
        ],
        Labels: Series(seed: 17, printedPerDay: 5_200, declaredShare: 0.995, verifiedStart: 0.88, verifiedEnd: 0.95),
        Staff: new StaffFigures(StaffCount: 46, HandlingPersonalInfo: 38, WithNdaInForce: 34, TrainedIn12Months: 32, DepartedWithAccountOpen: 1),
        Incidents:
        [
            new ReportIncident("INC-2026-031", IncidentKind.LabelPhotography, IncidentGrade.Yiban, 1_840, At(2026, 10, 15, 18), At(2026, 10, 18, 10), null, At(2026, 10, 19, 9), "已处置，报告迟延"),
        ],
        Scale: new ScaleFacts(IndividualsProcessed: 420_000, OfficerFiledOn: null, LastAuditOn: null, CriticalInfrastructure: false),
        Evidence: new EvidenceSnapshot(5_342, "9f3c2a71d4e85b06c1a9e7f2403b6d58a2c4e9f107b3d6a85e2f1c0b9d4a7e36"),
        GeneratedAt);

    public static EnterpriseReportData Warehouse() => new(
        new EnterpriseProfile("91330782MA2DEMO002", "义乌某电商云仓有限公司（演示）", EnterpriseKind.CloudWarehouse, "330782", "浙江省金华市义乌市", null),
        Score: 71,
        Risk: RiskLevel.Medium,
        Findings:
        [
            Warehouse(ComplianceRules.ScaleProtectionOfficer, "处理个人信息约 1,350 万人，未向市级网信部门报送个人信息保护负责人", 1, [88_102], At(2026, 8, 1, 9)),
            Warehouse(ComplianceRules.ScaleComplianceAudit, "处理个人信息超过 1000 万人，最近一次合规审计为 2024-03-15，已超过两年", 1, [88_103], At(2026, 3, 16, 9)),
            Warehouse(ComplianceRules.IncidentCac4H, "较大事件 INC-2026-007（打印电脑远程控制软件）发现后 9.5 小时才向属地省级网信部门报告（时限 4 小时）", 1, [87_440, 87_452], At(2026, 7, 21, 3)),
            Warehouse(ComplianceRules.AccessNightQuery, "打印终端 PC-07 在 02:10–03:40 查询运单 1,126 次", 1_126, [88_010], At(2026, 11, 9, 2)),
            Warehouse(ComplianceRules.AccountUsedAfterDeparture, "电商平台子账号 sub-2291 在持有人 S-1187 离职后 12 日仍登录", 1, [87_990], At(2026, 10, 20, 8), At(2026, 10, 22, 16)),
        ],
        Labels: Series(seed: 29, printedPerDay: 61_000, declaredShare: 1.0, verifiedStart: 0.97, verifiedEnd: 0.995),
        Staff: new StaffFigures(StaffCount: 212, HandlingPersonalInfo: 164, WithNdaInForce: 160, TrainedIn12Months: 151, DepartedWithAccountOpen: 0),
        Incidents:
        [
            new ReportIncident("INC-2026-007", IncidentKind.Trojan, IncidentGrade.Jiaoda, 52_300, At(2026, 7, 21, 3), At(2026, 7, 21, 9), At(2026, 7, 21, 12, 30), At(2026, 7, 23, 10), "已处置，网信报告超时"),
            new ReportIncident("INC-2026-019", IncidentKind.AccountMisuse, IncidentGrade.Yiban, 310, At(2026, 10, 20, 8), At(2026, 10, 20, 11), null, At(2026, 10, 21, 15), "已处置"),
        ],
        Scale: new ScaleFacts(IndividualsProcessed: 13_500_000, OfficerFiledOn: null, LastAuditOn: new DateOnly(2024, 3, 15), CriticalInfrastructure: false),
        Evidence: new EvidenceSnapshot(88_214, "2b7e15a8c0f94d3e6a1b5c8d7e9f0a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e2f"),
        GeneratedAt);

    private static ReportFinding Outlet(ComplianceRule rule, string summary, long count, IReadOnlyList<long> seqs, DateTimeOffset openedAt, DateTimeOffset? clearedAt = null) =>
        ReportFinding.FromRule(rule, summary, count, seqs, openedAt, clearedAt, kind: EnterpriseKind.CourierOutlet);

    private static ReportFinding Warehouse(ComplianceRule rule, string summary, long count, IReadOnlyList<long> seqs, DateTimeOffset openedAt, DateTimeOffset? clearedAt = null) =>
        ReportFinding.FromRule(rule, summary, count, seqs, openedAt, clearedAt, kind: EnterpriseKind.CloudWarehouse);

    /// <summary>Beijing local time.</summary>
    internal static DateTimeOffset At(int year, int month, int day, int hour, int minute = 0) =>
        new DateTimeOffset(year, month, day, hour, minute, 0, Beijing);

    /// <summary>90 days of label figures: a steady declaration, a verified share improving with noise.</summary>
    internal static LabelSeries Series(int seed, int printedPerDay, double declaredShare, double verifiedStart, double verifiedEnd)
    {
        var random = new Random(seed);
        var first = new DateOnly(2026, 8, 22);
        var days = new List<LabelDay>(90);
        for (var i = 0; i < 90; i++)
        {
            var printed = (long)(printedPerDay * (0.8 + (0.4 * random.NextDouble())));
            var declared = (long)(printed * declaredShare);
            var samples = Math.Max(20, printed / 25);
            var share = Math.Clamp(verifiedStart + ((verifiedEnd - verifiedStart) * i / 89.0) + ((random.NextDouble() - 0.5) * 0.03), 0, 1);
            var compliant = (long)(samples * share);
            var bad = samples - compliant;
            var phone = (long)(bad * 0.6);
            var name = (long)(bad * 0.25);
            var address = bad - phone - name + (bad / 5); // a label can break more than one rule
            var contradicted = declared >= printed * 0.99 && bad > 0 && random.NextDouble() < 0.06 ? 1 : 0;
            var idNumbers = bad > 0 && random.NextDouble() < 0.03 ? 1 : 0;
            days.Add(new LabelDay(first.AddDays(i), printed, declared, samples, compliant, name, phone, address, contradicted, idNumbers));
        }

        return new LabelSeries(days);
    }
}
