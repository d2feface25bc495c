using System.Globalization;

namespace ComplianceHub.Benchmarks.Labels;

/// <summary>
/// A deterministic mix of printed parties in the shapes of labels-dev.jsonl: masked, titled and
/// plain names; phones masked too little, enough, by +86, landline, virtual number or not at all;
/// addresses ending in buildings, units, rooms, dash triples or masks, and a few of the later forms (rooms
/// without a keyword, an identity number). Each field passes about
/// two times in three, so roughly a third of labels are fully compliant. Values are synthetic.
/// </summary>
public static class MaskCheckerCorpus
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡"];
    private static readonly string[] CompoundSurnames = ["欧阳", "司马", "上官", "诸葛"];
    private static readonly string[] Given = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "秀英", "建华", "莺萍", "琼聪"];
    private static readonly string[] Titles = ["先生", "女士", "小姐"];
    private static readonly string[] Masks = ["*", "*", "*", "＊", "×", "●"];
    private static readonly string[] Regions = ["浙江省金华市义乌市", "浙江省杭州市余杭区", "江苏省苏州市吴江区", "湖北省十堰市茅箭区", "北京市朝阳区", "广东省广州市白云区", "河北省邯郸市丛台区"];
    private static readonly string[] Streets = ["人民路", "中山南路", "建国路", "迎宾大道", "学院路", "稠城街道", "华夏路"];
    private static readonly string[] Compounds = ["阳光花园", "金色港湾", "幸福里", "世纪城", "翠苑一区", "星河湾", "宾王小区", "金融广场"];
    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六"];

    public static LabelSample[] Generate(int count, int seed)
    {
        var random = new Random(seed);
        var corpus = new LabelSample[count];
        for (var i = 0; i < count; i++)
        {
            corpus[i] = new LabelSample(Name(random), Phone(random), Address(random));
        }

        return corpus;
    }

    private static string Name(Random r)
    {
        var surname = r.Next(10) == 0 ? Pick(r, CompoundSurnames) : Pick(r, Surnames);
        var given = Pick(r, Given);
        return r.Next(100) switch
        {
            < 30 => surname + Mask(r, given.Length),            // 张*, 欧阳**
            < 40 => surname + Mask(r, 1) + given[^1..],         // 黄*华
            < 48 => Mask(r, 1) + given,                          // *莺萍
            < 58 => surname + Pick(r, Titles),                   // 李先生, 欧阳女士
            < 62 => Mask(r, 2),                                  // **
            < 67 => "",
            < 72 => surname + given + Pick(r, Titles),           // 张伟先生: the given name shows
            _ => surname + given,                                // 张伟
        };
    }

    private static string Phone(Random r)
    {
        var mobile = Digits(r, "1" + (char)('3' + r.Next(7)), 9);
        var landline = "0" + Pick(r, ["571", "579", "10", "21", "310"]);
        var mask6 = Mask(r, 6);
        return r.Next(100) switch
        {
            < 22 => mobile[..3] + mask6 + mobile[9..],                           // 138******78
            < 32 => mobile[..2] + Mask(r, 7) + mobile[9..],                      // 13*******78
            < 38 => "+86 " + mobile[..3] + " " + mask6[..4] + " " + mask6[4..] + mobile[9..], // +86 138 **** **78
            < 44 => landline + "-" + Digits(r, "", 2) + mask6,                   // 0571-88******
            < 50 => Digits(r, "950", 2) + "转" + Digits(r, "", 4),              // 95013转1234
            < 54 => mobile + "转" + Digits(r, "", r.Next(3, 6)),                // 17692984427转0624
            < 60 => "",
            < 72 => mobile[..3] + Mask(r, 4) + mobile[7..],                      // 138****5678
            < 78 => "+86 " + mobile[..3] + " " + Mask(r, 4) + " " + mobile[7..], // +86 138 **** 5678
            < 86 => landline + "-" + Digits(r, "", 4) + Mask(r, 4),              // 0571-8888****
            < 90 => mobile[..3] + Mask(r, 5) + mobile[8..],                      // 138*****678
            _ => mobile,                                                          // 13812345678
        };
    }

    private static string Address(Random r)
    {
        var prefix = Pick(r, Regions) + Pick(r, Streets) + (r.Next(2) == 0 ? Number(r, 1, 2000) + "号" : "") + Pick(r, Compounds);
        var building = Number(r, 1, 41);
        var unit = Number(r, 1, 7);
        var room = Number(r, 1, 34) + Number(r, 1, 5).PadLeft(2, '0');
        return prefix + r.Next(100) switch
        {
            < 14 => building + "幢",
            < 26 => building + Pick(r, ["幢", "栋"]) + Mask(r, r.Next(3, 7)),
            < 34 => building + "号楼",
            < 46 => building + "幢" + Mask(r, 1) + "单元" + Mask(r, 4) + "室",
            < 50 => building + "-" + Mask(r, 1) + "-" + Mask(r, 4),
            < 56 => Number(r, 2, 33) + "楼",
            < 60 => "",
            < 66 => building + "幢" + unit + "单元" + room + "室",
            < 70 => building + "幢" + Pick(r, Numerals) + "单元" + Mask(r, 3),
            < 76 => building + "号楼" + room,
            < 80 => building + "-" + unit + "-" + room,
            < 84 => (char)('A' + r.Next(4)) + "座" + room,
            < 88 => building + "栋" + unit + "单元" + room,
            < 92 => building + "幢" + room + Pick(r, ["户", "房"]),
            < 94 => building + "幢" + unit + "单元" + Mask(r, 1) + "***室",
            < 95 => building + "-" + room,                                     // 12-301: a room without a keyword
            < 96 => " " + room,                                                // 阳光花园 301: after a building word
            < 97 => (char)('A' + r.Next(4)) + room,                            // B1518
            < 98 => building + "号 " + Digits(r, "3307821990", 7) + Pick(r, ["X", "0", "5"]), // an identity number, or not
            _ => building + "幢" + Mask(r, 1) + "单元" + room[0] + Mask(r, 3) + "室",
        };
    }

    private static string Pick(Random r, string[] options) => options[r.Next(options.Length)];

    private static string Mask(Random r, int count) =>
        string.Concat(Enumerable.Range(0, count).Select(_ => Pick(r, Masks)));

    private static string Digits(Random r, string prefix, int count) =>
        prefix + string.Concat(Enumerable.Range(0, count).Select(_ => (char)('0' + r.Next(10))));

    private static string Number(Random r, int min, int maxExclusive) =>
        r.Next(min, maxExclusive).ToString(CultureInfo.InvariantCulture);
}
