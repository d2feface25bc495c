namespace ComplianceHub.Reports.Documents;

/// <summary>What an enterprise should do about each rule's finding, in the words of a self-assessment.</summary>
internal static class Remediation
{
    private static readonly Dictionary<string, string> ByRule = new(StringComparer.Ordinal)
    {
        ["WAYBILL-MASK-COVERAGE"] = "在打印系统中对全部面单默认启用隐私面单模板：姓名至少隐藏 1 个汉字，电话至少隐藏 6 位（“138****5678”仅隐藏 4 位，不合格）或使用虚拟号码（隐私号），地址隐藏单元户室号（含无“室”字的“12-301”“B1518”等写法）；逐台核对打印终端模板后重新抽检。",
        ["WAYBILL-FALSE-DECLARATION"] = "立即停止按“全部隐私面单”申报未经核实的批次；查明申报口径与实际打印不一致的原因，按实际打印数据更正申报，并指定专人对申报数据复核签字。",
        ["WAYBILL-DECLARATION-MISMATCH"] = "核对申报“全部隐私面单”的批次中抽检不合格面单的来源（打印终端、模板、商家自印），更正申报口径；持续出现的，按虚报核查。",
        ["WAYBILL-ID-NUMBER"] = "立即停止在面单任何栏目打印身份证件号码：实名收寄登记的证件信息只存于实名收寄信息系统，面单只记录姓名（名称）、地址、联系电话；排查打印模板和商家自定义字段。",
        ["STAFF-NDA"] = "对名单中未签署或协议已过期的接触用户信息人员，补签保密协议（写明保密义务与违约责任），协议到期前 30 日提醒续签，纸质或电子档案留存备查。",
        ["STAFF-TRAINING-12M"] = "组织未在培训周期内参训的人员参加个人信息保护培训（内容包括面单信息保密、禁止拍照外传、涉诈风险识别），保留签到与课时记录。",
        ["ACCOUNT-DEPARTED-OPEN"] = "当日注销名单中离职人员的业务系统账号和电商平台子账号，建立离职审计清单（人事离职即触发账号注销），并核查离职后是否有登录记录。",
        ["ACCOUNT-USED-AFTER-DEPARTURE"] = "立即冻结相关账号并保全访问日志，查明使用人和被查询的运单范围；涉嫌泄露的，按应急预案处置并向邮政管理部门报告，涉嫌犯罪的移送公安机关。",
        ["ACCESS-CROSS-OUTLET"] = "收紧账号权限，仅允许查询本网点运单；核查跨网点查询的账号和原因，非业务必需的查询按违规处理，并报品牌总部风控复核。",
        ["ACCESS-BULK-QUERY"] = "为单账号设置每小时查询上限和异常告警，复核超阈值查询的业务理由；无正当理由的，冻结账号并排查数据是否外传。",
        ["ACCESS-NIGHT-QUERY"] = "夜间查询本身不违法：核查这些查询是否有业务理由；非作业时段锁定面单打印和查询终端或断网，确需夜间作业的实行审批；访问日志留存不少于六个月。",
        ["INCIDENT-CAC-4H"] = "完善安全事件分级和报告流程：按《网络安全事件分级指南》研判，较大以上事件按本单位适用的报告对象和时限报告（一般 4 小时内向属地省级网信部门；关键信息基础设施 1 小时内向保护工作部门、公安机关；中央和国家机关 2 小时内向本部门网信工作机构），明确报告责任人，并补报本次事件。",
        ["INCIDENT-GRADE-UNDERSTATED"] = "按《网络安全事件分级指南》重新研判事件级别（泄露 100 万人以上公民个人信息为较大以上），更正定级并按相应级别补报。",
        ["INCIDENT-POSTAL-REPORT"] = "发生或可能发生用户信息泄露的，立即采取补救措施并向所在地邮政管理部门报告；补报本次事件并在应急预案中写明报告时限和责任人。",
        ["INCIDENT-NOTIFY-INDIVIDUALS"] = "按《个人信息保护法》第五十七条立即通知受影响的个人：说明泄露的信息种类、原因、可能的危害、已采取的补救措施和个人可采取的措施（谨防“快递丢失理赔”类诈骗）。",
        ["SCALE-PROTECTION-OFFICER"] = "指定个人信息保护负责人，并在 30 个工作日内向所在地设区的市级网信部门报送其姓名、联系方式等信息。",
        ["SCALE-COMPLIANCE-AUDIT"] = "委托专业机构或自行开展个人信息保护合规审计，此后每两年至少一次，审计报告留存备查。",
    };

    public static string For(string ruleId) =>
        ByRule.TryGetValue(ruleId, out var text) ? text : "对照法律依据逐项整改，整改完成后重新自查并保留记录。";
}
