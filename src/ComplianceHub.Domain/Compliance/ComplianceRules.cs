using ComplianceHub.Domain.Enterprises;
using static ComplianceHub.Domain.Compliance.LegalCitations;

namespace ComplianceHub.Domain.Compliance;

/// <summary>
/// The rulebook's catalogue: every rule's id, titles, basis (legal duty, policy, risk lead), the enterprise kinds
/// it binds, the provisions it cites and its weight, in one place a regulator can read. The check behind each rule
/// lives in <c>Compliance/Rules/</c>, one file per rule. docs/legal-basis.md records where each citation was confirmed.
/// </summary>
public static class ComplianceRules
{
    private static readonly IReadOnlyList<EnterpriseKind> EveryKind = AllKinds;

    /// <summary>The kinds that print waybills and so send label batches; a terminal station hands parcels out and prints none.</summary>
    private static readonly IReadOnlyList<EnterpriseKind> LabelPrinters =
        [EnterpriseKind.CourierOutlet, EnterpriseKind.CloudWarehouse, EnterpriseKind.Platform];

    private static readonly LegalCitation MaskingStandard = new(
        "GB/T 41833-2022《快递电子运单》（推荐性国家标准，2023 年发布；实施日期未经核实 effective date unconfirmed）：姓名隐藏 1 个汉字以上、联系电话隐藏 6 位以上、地址隐藏单元户室号");

    private static readonly LegalCitation WaybillIdentityOnly = ExpressRegulation(
        "收寄快件应当查验寄件人身份并登记，但不得在快递运单上记录除姓名（名称）、地址、联系电话以外的用户身份信息");

    public static readonly ComplianceRule WaybillMaskCoverage = new(
        "WAYBILL-MASK-COVERAGE",
        "隐私面单覆盖率未达目标",
        "Privacy-waybill coverage below target",
        RuleBasis.LegalDuty,
        EveryKind,
        [
            PiplSecurityMeasures("采取相应的加密、去标识化等安全技术措施（第一款第三项）"),
            ExpressRegulation("采取有效技术手段保证用户信息安全"),
            MaskingStandard,
        ],
        "覆盖率目标（默认 100%）可配置；GB/T 41833-2022 为推荐性标准，作为检验去标识化是否到位的方法 (the coverage target is configurable; GB/T 41833-2022 is a recommended standard, used as the test of de-identification)",
        ["L1"],
        FindingSeverity.High,
        Penalties: [PiplLiability, ExpressLiability]);

    public static readonly ComplianceRule WaybillFalseDeclaration = new(
        "WAYBILL-FALSE-DECLARATION",
        "虚报隐私面单",
        "False declaration of masked waybills",
        RuleBasis.Policy,
        EveryKind,
        [
            PiplSecurityMeasures("制定内部管理制度和操作规程（第一款第一项）"),
            ExpressRegulation("建立快递运单及电子数据管理制度，妥善保管用户信息等电子数据"),
        ],
        "申报全部为隐私面单而抽检不合格超出容差（不合格样本数和不合格率均达到配置值）才称虚报：所报数据误导监管，反映企业自身管理义务未落实；面单本身的不合格计入覆盖率规则，不重复认定为违反 GB/T 41833 (called a false declaration only beyond the configured margin of failing samples and failing share: the report misleads the regulator and shows the enterprise's own management duty unmet; the labels themselves count under coverage)",
        ["L1"],
        FindingSeverity.High,
        Penalties: [PiplLiability, ExpressLiability]);

    public static readonly ComplianceRule WaybillDeclarationMismatch = new(
        "WAYBILL-DECLARATION-MISMATCH",
        "申报与抽检不符",
        "Declared masking contradicted by samples",
        RuleBasis.RiskLead,
        EveryKind,
        [PiplSecurityMeasures("制定内部管理制度和操作规程（第一款第一项）")],
        "申报全部为隐私面单的批次有样本不合格，但未超出容差：少量样本不能证明虚报，提示核查申报口径 (a batch declared fully masked had failing samples within the margin: a few samples prove no false declaration; check how the figures are declared)",
        ["L1"],
        FindingSeverity.Medium);

    public static readonly ComplianceRule WaybillIdNumberPrinted = new(
        "WAYBILL-ID-NUMBER",
        "面单印有身份证件号码",
        "Identity numbers printed on waybills",
        RuleBasis.LegalDuty,
        EveryKind,
        [
            WaybillIdentityOnly,
            new("《个人信息保护法》第六条（2021-11-01 施行）：收集个人信息，应当限于实现处理目的的最小范围，不得过度收集个人信息"),
            new("《邮件快件实名收寄管理办法》（交通运输部）：登记证件类型与证件号码（是否禁止在运单上打印的条文未经核实 provision unconfirmed）", Kinds: PostalEnterprises),
        ],
        "",
        ["L12"],
        FindingSeverity.High,
        Penalties: [ExpressLiability, PiplLiability]);

    public static readonly ComplianceRule LabelReportingGap = new(
        "LABEL-REPORTING-GAP",
        "面单数据报送中断",
        "Label data no longer reported",
        RuleBasis.RiskLead,
        LabelPrinters,
        [PiplSecurityMeasures("采取相应的加密、去标识化等安全技术措施（第一款第三项）")],
        "向本平台报送面单数据不是法定义务：长期未报送时无法核实隐私面单覆盖率，沉默不能被当作合规，提示核查；间隔天数（默认 7 天）可配置 (reporting to the hub is no legal duty: without label data the coverage cannot be verified and silence must not pass for compliance, so it is a lead to check; the gap, 7 days by default, is configurable)",
        ["L1"],
        FindingSeverity.Medium);

    public static readonly ComplianceRule StaffNda = new(
        "STAFF-NDA",
        "接触用户信息人员未签署有效保密协议",
        "Staff handling personal information without a valid NDA",
        RuleBasis.Policy,
        EveryKind,
        [
            PostalUserInformationRule("从业人员签订保密协议、明确保密义务和违约责任"),
            PiplSecurityMeasures("制定内部管理制度和操作规程；合理确定操作权限（第一款第一项、第四项）"),
        ],
        "要求每名接触用户信息的人员持有有效保密协议，是本平台对内部管理制度的检验口径 (a valid NDA for everyone handling personal information is our test of the internal management duty)",
        ["L3"],
        FindingSeverity.Medium,
        Penalties: [PiplLiability]);

    public static readonly ComplianceRule StaffTraining12M = new(
        "STAFF-TRAINING-12M",
        "接触用户信息人员未按期接受安全培训",
        "Staff handling personal information not trained within the training period",
        RuleBasis.Policy,
        EveryKind,
        [
            PiplSecurityMeasures("定期对从业人员进行安全教育和培训（第一款第四项）"),
            PostalUserInformationRule("从业人员安全教育和培训"),
        ],
        "法律要求“定期”培训；培训周期（默认 12 个月）和新入职宽限期为本平台政策，可配置 (the law says 定期; the period, 12 months by default, and the new-joiner grace are our configurable policy)",
        ["L3"],
        FindingSeverity.Medium,
        Penalties: [PiplLiability]);

    public static readonly ComplianceRule AccountDepartedOpen = new(
        "ACCOUNT-DEPARTED-OPEN",
        "离职人员账号未及时注销",
        "Departed staff's account still open after the grace period",
        RuleBasis.Policy,
        EveryKind,
        [
            PiplSecurityMeasures("合理确定个人信息处理的操作权限（第一款第四项）"),
            .. CybersecurityLogs("防止网络数据泄露或者被窃取、篡改，保障网络免受未经授权的访问"),
            PostalUserInformationRule("最小权限、离职审计"),
        ],
        "注销时限（默认 24 小时）为本平台政策，可配置 (the closing deadline, 24 h by default, is our configurable policy)",
        ["L4"],
        FindingSeverity.High,
        Penalties: [PiplLiability, .. CybersecurityLiability]);

    public static readonly ComplianceRule AccountUsedAfterDeparture = new(
        "ACCOUNT-USED-AFTER-DEPARTURE",
        "离职人员账号离职后仍被使用",
        "Account used after its holder left",
        RuleBasis.LegalDuty,
        EveryKind,
        [
            PiplSecurityMeasures("合理确定个人信息处理的操作权限，防止未经授权的访问（第一款第四项）"),
            .. CybersecurityLogs("保障网络免受未经授权的访问"),
            new("《反电信网络诈骗法》（2022-12-01 施行）：物流信息重点保护（条号未经核实 article number unconfirmed）"),
        ],
        "",
        ["L4", "L10"],
        FindingSeverity.Critical,
        Penalties: [PiplLiability, .. CybersecurityLiability]);

    public static readonly ComplianceRule AccessCrossOutlet = new(
        "ACCESS-CROSS-OUTLET",
        "跨网点查询运单",
        "Queries of another outlet's waybills",
        RuleBasis.RiskLead,
        [EnterpriseKind.CourierOutlet],
        [
            PiplSecurityMeasures("合理确定个人信息处理的操作权限（第一款第四项）"),
            PostalUserInformationRule("最小权限；总部对加盟网点负管理责任"),
        ],
        "查询其他网点的运单可能有正当业务原因（转寄、退件），本身不构成违法，仅提示核查账号权限 (querying another outlet's waybills can be legitimate; it breaks no duty by itself and points at the account's permissions)",
        ["L4", "L5", "L10"],
        FindingSeverity.High);

    public static readonly ComplianceRule AccessBulkQuery = new(
        "ACCESS-BULK-QUERY",
        "单账号批量查询运单",
        "Bulk waybill queries by one account",
        RuleBasis.RiskLead,
        EveryKind,
        [
            PiplSecurityMeasures("合理确定个人信息处理的操作权限（第一款第四项）"),
            .. CybersecurityLogs("采取监测、记录网络运行状态、网络安全事件的技术措施，并按照规定留存相关的网络日志不少于六个月"),
        ],
        "每小时查询量阈值（默认 500 份）为本平台设定的风险线索，超过阈值本身不违反任何义务 (the hourly threshold, 500 by default, is our risk lead; exceeding it breaks no duty by itself)",
        ["L4", "L10"],
        FindingSeverity.High);

    public static readonly ComplianceRule AccessNightQuery = new(
        "ACCESS-NIGHT-QUERY",
        "夜间查询运单",
        "Waybill queries at night",
        RuleBasis.RiskLead,
        EveryKind,
        [.. CybersecurityLogs("采取监测、记录网络运行状态、网络安全事件的技术措施，并按照规定留存相关的网络日志不少于六个月")],
        "夜间查询不违反任何义务；法定义务是留存访问日志。夜间时段（默认 00:00–05:00）可配置 (a night query breaks no duty; the duty is keeping the logs. The night window, 00:00–05:00 by default, is configurable)",
        ["L4"],
        FindingSeverity.Medium);

    public static readonly ComplianceRule IncidentCac4H = new(
        "INCIDENT-CAC-4H",
        "较大以上网络安全事件未按时报告",
        "Network-security incident of grade jiaoda (relatively major) or above not reported in time",
        RuleBasis.LegalDuty,
        EveryKind,
        [
            IncidentReportingMeasures("第四条：属于较大以上网络安全事件的，其他网络运营者最迟 4 小时内向属地省级网信部门报告；涉及关键信息基础设施的，最迟 1 小时内向保护工作部门、公安机关报告；中央和国家机关各部门及其直属单位最迟 2 小时内向本部门网信工作机构报告"),
        ],
        "事件级别取企业自定级别与按《网络安全事件分级指南》可核实门槛计算的级别中较高者；各时限可配置，默认取办法规定值 (the grade is the higher of the declared one and the one computed from the guide's confirmable thresholds; the deadlines are configurable and default to the measures' own)",
        ["L7"],
        FindingSeverity.Critical,
        Penalties: [IncidentReportingLiability]);

    public static readonly ComplianceRule IncidentGradeUnderstated = new(
        "INCIDENT-GRADE-UNDERSTATED",
        "事件定级偏低",
        "Incident graded below the grading guide",
        RuleBasis.LegalDuty,
        EveryKind,
        [
            IncidentReportingMeasures("第四条：按照《网络安全事件分级指南》（附件）进行研判；附件：泄露 100 万人以上公民个人信息为较大、1000 万人以上为重大、1 亿人以上为特别重大网络安全事件（“以上”包括本数）"),
        ],
        "按涉及记录数计算（以人数计的门槛，记录重复时为上限）；门槛可配置 (computed from the records affected, read as individuals, an upper bound when records repeat a person; thresholds configurable)",
        ["L7"],
        FindingSeverity.High,
        Penalties: [IncidentReportingLiability]);

    public static readonly ComplianceRule IncidentPostalReport = new(
        "INCIDENT-POSTAL-REPORT",
        "安全事件未及时向邮政管理部门报告",
        "Incident not reported to the postal authority in time",
        RuleBasis.Policy,
        PostalEnterprises,
        [
            ExpressRegulation("发生或者可能发生用户信息泄露的，应当立即采取补救措施，并向所在地邮政管理部门报告"),
            new("《邮政业用户信息泄露事件应急预案》（国邮发〔2019〕96 号，2019-12-31 印发）：报告时限未经核实 (reporting deadline unconfirmed)", Kinds: PostalEnterprises),
        ],
        "条例要求“立即”报告，未规定小时数；时限（默认 24 小时）为本平台政策，可配置 (the regulation says 立即 with no hours; the deadline, 24 h by default, is our configurable policy)",
        ["L7"],
        FindingSeverity.High,
        Penalties: [ExpressLiability]);

    public static readonly ComplianceRule IncidentNotifyIndividuals = new(
        "INCIDENT-NOTIFY-INDIVIDUALS",
        "安全事件未及时通知受影响个人",
        "Affected individuals not notified in time",
        RuleBasis.Policy,
        EveryKind,
        [
            new("《个人信息保护法》第五十七条（2021-11-01 施行）：发生或者可能发生个人信息泄露、篡改、丢失的，应当立即采取补救措施，并通知履行个人信息保护职责的部门和个人；采取措施能够有效避免危害的，可以不通知个人"),
        ],
        "法律要求“立即”通知，未规定小时数；时限（默认 72 小时）为本平台政策，可配置 (the law says 立即 with no hours; the deadline, 72 h by default, is our configurable policy)",
        ["L7"],
        FindingSeverity.High,
        Penalties: [PiplLiability]);

    public static readonly ComplianceRule ScaleProtectionOfficer = new(
        "SCALE-PROTECTION-OFFICER",
        "处理个人信息达到规定数量未报送个人信息保护负责人",
        "Processor above the filing threshold without a filed PI-protection officer",
        RuleBasis.LegalDuty,
        EveryKind,
        [
            new("《个人信息保护法》第五十二条（2021-11-01 施行）：处理个人信息达到国家网信部门规定数量的，应当指定个人信息保护负责人，并将其姓名、联系方式等报送履行个人信息保护职责的部门"),
            new("国家网信办《关于开展个人信息保护负责人信息报送工作的公告》（2025-07-18）：处理 100 万人以上个人信息的，自达到之日起 30 个工作日内向所在地设区的市级网信部门报送"),
        ],
        "",
        ["L8"],
        FindingSeverity.Medium,
        Penalties: [PiplLiability]);

    public static readonly ComplianceRule ScaleComplianceAudit = new(
        "SCALE-COMPLIANCE-AUDIT",
        "处理个人信息达到规定数量未按期开展合规审计",
        "Processor above the audit threshold without a compliance audit in the period",
        RuleBasis.LegalDuty,
        EveryKind,
        [
            new("《个人信息保护法》第五十四条（2021-11-01 施行）：定期对处理个人信息遵守法律、行政法规的情况进行合规审计"),
            new("《个人信息保护合规审计管理办法》（国家网信办，2025-05-01 施行）：处理超过 1000 万人个人信息的，每两年至少开展一次个人信息保护合规审计"),
        ],
        "",
        ["L9"],
        FindingSeverity.Medium,
        Penalties: [PiplLiability]);

    public static IReadOnlyList<ComplianceRule> All { get; } =
    [
        WaybillMaskCoverage, WaybillFalseDeclaration, WaybillDeclarationMismatch, WaybillIdNumberPrinted, LabelReportingGap, StaffNda, StaffTraining12M,
        AccountDepartedOpen, AccountUsedAfterDeparture, AccessCrossOutlet, AccessBulkQuery, AccessNightQuery, IncidentCac4H,
        IncidentGradeUnderstated, IncidentPostalReport, IncidentNotifyIndividuals, ScaleProtectionOfficer, ScaleComplianceAudit,
    ];

    public static ComplianceRule? Find(string id) => All.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal));

    /// <summary>
    /// What a finding cites: its rule's provisions in force on the days of its events (from <see cref="Finding.Since"/>
    /// to <see cref="Finding.Until"/>, or to <paramref name="now"/>) that bind the enterprise's kind. One source for
    /// the API, the PDFs and the console.
    /// </summary>
    public static string LegalBasisOf(Finding finding, EnterpriseKind? kind, DateTimeOffset now) =>
        ForEventDays(finding, now, (rule, from, to) => rule.LegalBasisFor(from, to, kind));

    /// <summary>The liability provisions a finding's duty carries, chosen the same way as <see cref="LegalBasisOf"/>; empty for a risk lead.</summary>
    public static string PenaltiesOf(Finding finding, EnterpriseKind? kind, DateTimeOffset now) =>
        ForEventDays(finding, now, (rule, from, to) => rule.PenaltiesFor(from, to, kind));

    private static string ForEventDays(Finding finding, DateTimeOffset now, Func<ComplianceRule, DateOnly, DateOnly, string> text)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (Find(finding.RuleId) is not { } rule)
        {
            return string.Empty;
        }

        DateOnly from, to;
        try
        {
            from = Time.ChinaTime.DateOf(finding.Since ?? now);
            to = Time.ChinaTime.DateOf(finding.Until ?? finding.Since ?? now);
        }
        catch (ArgumentOutOfRangeException)
        {
            // A stored instant at the edge of the calendar must not fail the read: cite the law as it stands now.
            from = to = Time.ChinaTime.DateOf(now);
        }

        return to < from ? text(rule, to, from) : text(rule, from, to);
    }
}
