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

    public static LegalCitation PiplSecurityMeasures(string item) =>
        new($"《个人信息保护法》第五十一条（2021-11-01 施行）：{item}");

    public static LegalCitation ExpressRegulation(string what) =>
        new($"《快递暂行条例》（国务院令第 697 号，2018-05-01 施行，2019-03-02 修订）：{what}（条号未经核实 article number unconfirmed）", Kinds: PostalEnterprises);

    public static LegalCitation PostalUserInformationRule(string what) =>
        new($"《寄递服务用户个人信息安全管理规定》（国家邮政局，2014）：{what}（条文未经核实 provision unconfirmed）", Kinds: PostalEnterprises);

    public static LegalCitation IncidentReportingMeasures(string what) =>
        new($"《国家网络安全事件报告管理办法》（国家网信办 2025-09-11 公布，2025-11-01 施行）{what}");
}
