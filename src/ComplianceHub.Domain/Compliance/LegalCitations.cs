using ComplianceHub.Domain.Enterprises;

namespace ComplianceHub.Domain.Compliance;

/// <summary>
/// The provisions the rules cite, worded once. Each was confirmed as recorded in docs/legal-basis.md; where an
/// article number or a figure could not be confirmed the text says "未经核实 (unconfirmed)" instead of guessing.
/// </summary>
public static class LegalCitations
{
    /// <summary>The day the amended Cybersecurity Law (decision of 2025-10-28) came into force and renumbered its articles.</summary>
    public static DateOnly CybersecurityLawAmended { get; } = new(2026, 1, 1);

    /// <summary>寄递企业: the postal-law duties (快递暂行条例, 寄递服务用户个人信息安全管理规定, 实名收寄) bind outlets and terminal stations.</summary>
    public static IReadOnlyList<EnterpriseKind> PostalEnterprises { get; } = [EnterpriseKind.CourierOutlet, EnterpriseKind.TerminalStation];

    public static IReadOnlyList<EnterpriseKind> AllKinds { get; } = EnterpriseKinds.All;

    /// <summary>
    /// 网络安全法 on logs and unauthorised access: 第二十一条 for events before 2026-01-01, 第二十三条 from then on.
    /// The amendment inserted two articles before it (new 第三条 and 第二十条), so the content is unchanged.
    /// </summary>
    public static IReadOnlyList<LegalCitation> CybersecurityLogs(string what) =>
    [
        new($"《网络安全法》第二十一条（2017-06-01 施行）：{what}", Until: CybersecurityLawAmended.AddDays(-1)),
        new($"《网络安全法》第二十三条（2025-10-28 修正，2026-01-01 施行；原第二十一条）：{what}", From: CybersecurityLawAmended),
    ];

    /// <summary>PIPL's liability article, for the duties of a personal-information processor.</summary>
    public static LegalCitation PiplLiability { get; } = new(
        "《个人信息保护法》第六十六条：由履行个人信息保护职责的部门责令改正，给予警告，没收违法所得；拒不改正的，并处一百万元以下罚款；情节严重的，并处五千万元以下或者上一年度营业额百分之五以下罚款");

    /// <summary>The Cybersecurity Law's liability article for the protection duties (logs): 第五十九条 before the amendment, 第六十一条 from 2026-01-01.</summary>
    public static IReadOnlyList<LegalCitation> CybersecurityLiability { get; } =
    [
        new("《网络安全法》第五十九条（2017-06-01 施行）：不履行第二十一条规定的网络安全保护义务的罚则（罚则内容未经核实 unconfirmed）", Until: CybersecurityLawAmended.AddDays(-1)),
        new("《网络安全法》第六十一条（2026-01-01 施行）：不履行第二十三条、第二十七条规定的网络安全保护义务的，由有关主管部门责令改正，给予警告，可以处一万元以上五万元以下罚款；拒不改正或者导致危害网络安全等后果的，处五万元以上五十万元以下罚款", From: CybersecurityLawAmended),
    ];

    /// <summary>快递暂行条例's liability chapter: neither the article applied nor its figures could be confirmed, so none is printed.</summary>
    public static LegalCitation ExpressLiability { get; } = new(
        "《快递暂行条例》法律责任一章由邮政管理部门处理（适用条款及罚款数额未经核实，不予列明 article and amounts unconfirmed）", Kinds: PostalEnterprises);

    /// <summary>The incident-reporting measures name no penalty of their own: they refer to the laws.</summary>
    public static LegalCitation IncidentReportingLiability { get; } = new(
        "《国家网络安全事件报告管理办法》第十条：网络运营者未按照本办法规定报告网络安全事件的，有关主管部门按照有关法律、行政法规的规定进行处罚");

    public static LegalCitation PiplSecurityMeasures(string item) =>
        new($"《个人信息保护法》第五十一条（2021-11-01 施行）：{item}");

    public static LegalCitation ExpressRegulation(string what) =>
        new($"《快递暂行条例》（国务院令第 697 号，2018-05-01 施行，2019-03-02 修订）：{what}（条号未经核实 article number unconfirmed）", Kinds: PostalEnterprises);

    public static LegalCitation PostalUserInformationRule(string what) =>
        new($"《寄递服务用户个人信息安全管理规定》（国家邮政局，2014）：{what}（条文未经核实 provision unconfirmed）", Kinds: PostalEnterprises);

    public static LegalCitation IncidentReportingMeasures(string what) =>
        new($"《国家网络安全事件报告管理办法》（国家网信办 2025-09-11 公布，2025-11-01 施行）{what}");
}
