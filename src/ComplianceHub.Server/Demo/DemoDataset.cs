using System.Globalization;
using ComplianceHub.Domain.Enterprises;

namespace ComplianceHub.Server.Demo;

/// <summary>
/// A few dozen enterprises across two provinces (Zhejiang: Yiwu, Yuhang, Yuyao, Xihu; Hubei: Shiyan,
/// Wuchang), chosen where the leak cases in DOMAIN.md happened. Ids are valid GB 32100 codes made
/// deterministically, so seeding twice changes nothing.
/// </summary>
public static class DemoDataset
{
    private static readonly (string Division, string Place)[] Counties =
    [
        ("330782", "义乌"), ("330110", "余杭"), ("330281", "余姚"), ("330106", "西湖"),
        ("420302", "茅箭"), ("420303", "张湾"), ("420106", "武昌"),
    ];

    private static readonly (string BrandId, string Brand)[] Brands =
    [
        ("zto", "中通快递"), ("yto", "圆通速递"), ("yunda", "韵达快递"), ("sto", "申通快递"),
    ];

    public static IReadOnlyList<DemoEnterprise> Enterprises { get; } = Build();

    private static List<DemoEnterprise> Build()
    {
        var list = new List<DemoEnterprise>();
        var serial = 0;
        foreach (var (division, place) in Counties)
        {
            foreach (var (brandId, brand) in Brands)
            {
                var code = Code(division, ++serial);
                var outlet = string.Create(CultureInfo.InvariantCulture, $"{brandId.ToUpperInvariant()}{serial:D3}");
                list.Add(new($"{code}-{outlet}", $"{brand}{place}{Station(serial)}网点", EnterpriseKind.CourierOutlet, division, brandId));
            }

            list.Add(new(Code(division, ++serial).ToString(), $"{place}{Station(serial)}电商云仓", EnterpriseKind.CloudWarehouse, division, null,
                IndividualsProcessed: 300_000 + (serial * 20_000), QuietDays: place == "余姚" ? 10 : 0));
        }

        // The platforms carry the scale duties: Yiwu's is over 10 million individuals with its last
        // audit more than two years back (L9); Shiyan's is over a million with no officer filed (L8).
        list.Add(new(Code("330782", ++serial).ToString(), "义乌小商品电商平台", EnterpriseKind.Platform, "330782", null,
            IndividualsProcessed: 12_500_000, ProtectionOfficerFiledOn: new DateOnly(2025, 9, 1), LastComplianceAuditOn: new DateOnly(2023, 6, 30)));
        list.Add(new(Code("420302", ++serial).ToString(), "十堰同城电商平台", EnterpriseKind.Platform, "420302", null,
            IndividualsProcessed: 1_800_000));
        list.Add(new(Code("330782", ++serial).ToString(), "菜鸟驿站义乌稠城站", EnterpriseKind.TerminalStation, "330782", null));
        list.Add(new(Code("420303", ++serial).ToString(), "兔喜生活十堰张湾站", EnterpriseKind.TerminalStation, "420303", null));
        return list;
    }

    private static string Station(int serial) => ((string[])["稠城", "北苑", "佛堂", "江东", "城西", "新城", "东区", "南门"])[serial % 8];

    // 9 (business) 1 (company) + division + "MA2" and a six-digit serial as the organisation code.
    private static SocialCreditCode Code(string division, int serial) =>
        SocialCreditCode.Create(string.Create(CultureInfo.InvariantCulture, $"91{division}MA2{serial:D6}"));
}
