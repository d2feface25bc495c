using System.Globalization;

namespace ComplianceHub.Benchmarks.Ingest;

/// <summary>
/// Label samples in a realistic mix (about 70% compliant), made from a seed so runs compare. The
/// "plain" values are synthetic: random digits and common characters, not real people.
/// </summary>
public static class SyntheticLabels
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "欧阳"];
    private static readonly string[] Streets = ["人民路", "中山南路", "建国路", "迎宾大道", "解放路"];
    private static readonly string[] Compounds = ["阳光花园", "金色港湾", "幸福家园", "世纪城"];

    public static object Sample(Random random, int index)
    {
        var roll = random.Next(100);
        var surname = Surnames[random.Next(Surnames.Length)];
        var name = roll switch
        {
            < 8 => surname + "小明",
            < 12 => surname + "先生",
            _ => surname + "*" + (random.Next(2) == 0 ? "" : "*"),
        };
        var digits = string.Create(CultureInfo.InvariantCulture, $"1{random.Next(30, 99)}{random.Next(0, 100_000_000):D8}");
        var phone = roll switch
        {
            < 20 and >= 8 => digits[..3] + "****" + digits[7..],
            < 24 => digits,
            < 28 => $"95{random.Next(100, 999)}转{random.Next(1000, 9999)}",
            _ => digits[..3] + "******" + digits[9..],
        };
        var street = $"{Streets[random.Next(Streets.Length)]}{random.Next(1, 2000)}号{Compounds[random.Next(Compounds.Length)]}";
        var address = roll switch
        {
            >= 28 and < 36 => $"浙江省金华市义乌市{street}{random.Next(1, 30)}幢{random.Next(1, 6)}单元{random.Next(101, 3302)}室",
            _ => $"浙江省金华市义乌市{street}{random.Next(1, 30)}幢****",
        };
        return new { id = $"s{index}", name, phone, address };
    }
}
