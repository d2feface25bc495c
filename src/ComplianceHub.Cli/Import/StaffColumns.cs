namespace ComplianceHub.Cli.Import;

/// <summary>The columns of a staff roster file, in their usual order.</summary>
internal static class StaffColumns
{
    public static readonly ImportColumn StaffId = new("staffId", "员工编号", Required: true);
    public static readonly ImportColumn Role = new("role", "岗位", Required: true);
    public static readonly ImportColumn Account = new("account", "账号", Required: false);
    public static readonly ImportColumn JoinedOn = new("joinedOn", "入职日期", Required: true);
    public static readonly ImportColumn LeftOn = new("leftOn", "离职日期", Required: false);
    public static readonly ImportColumn AccountClosedAt = new("accountClosedAt", "账号注销时间", Required: false);
    public static readonly ImportColumn NdaSignedOn = new("ndaSignedOn", "保密协议签订日期", Required: false);
    public static readonly ImportColumn NdaExpiresOn = new("ndaExpiresOn", "保密协议到期日期", Required: false);

    // Required, and required in every row: a silent "false" would exempt the person from the NDA duty (L3).
    public static readonly ImportColumn HandlesPersonalInfo = new("handlesPersonalInfo", "接触个人信息", Required: true);
    public static readonly ImportColumn Crowdsourced = new("crowdsourced", "众包", Required: false);

    public static IReadOnlyList<ImportColumn> All { get; } =
    [
        StaffId, Role, Account, JoinedOn, LeftOn, AccountClosedAt, NdaSignedOn, NdaExpiresOn, HandlesPersonalInfo, Crowdsourced,
    ];

    /// <summary>Column of each field path under <c>staff[i]</c> in a validator or hub error.</summary>
    public static IReadOnlyDictionary<string, ImportColumn> ByFieldPath { get; } = new Dictionary<string, ImportColumn>(StringComparer.Ordinal)
    {
        ["staffId"] = StaffId,
        ["role"] = Role,
        ["account"] = Account,
        ["joinedOn"] = JoinedOn,
        ["leftOn"] = LeftOn,
        ["accountClosedAt"] = AccountClosedAt,
        ["nda"] = NdaSignedOn,
        ["nda.signedOn"] = NdaSignedOn,
        ["nda.expiresOn"] = NdaExpiresOn,
        ["handlesPersonalInfo"] = HandlesPersonalInfo,
        ["crowdsourced"] = Crowdsourced,
    };
}
