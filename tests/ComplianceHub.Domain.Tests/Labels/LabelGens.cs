using CsCheck;

namespace ComplianceHub.Domain.Tests.Labels;

/// <summary>Generators of printed parties, modelled on the shapes in labels-dev.jsonl plus free-form text.</summary>
internal static class LabelGens
{
    private const string Masks = "*＊×●";

    private static readonly Gen<char> Digit = Gen.OneOf<char>(Gen.Char['0', '9'], Gen.Char['０', '９']);
    private static readonly Gen<char> Mask = Gen.Char[Masks];
    private static readonly Gen<char> Han = Gen.Char["郭琬黄华严邵霞段徐莺萍李谢苏真武芳熊孙爱邓杜静韦荷王马曹范龙园吴魏兰顾琴邹锦"];

    public static readonly Gen<string> Name = Gen.OneOf<string>(
        Gen.OneOf<char>(Han, Mask).Array[0, 4].Select(Text),
        Gen.Select(Han, Gen.OneOf("先生", "女士", "小姐"), (s, t) => s + t),
        Gen.OneOf("阿依古丽·买买提", "Li Wei", "欧阳女士", "张三先生"));

    public static readonly Gen<string> Phone = Gen.OneOf<string>(
        Gen.OneOf<char>(Digit, Digit, Mask).Array[11].Select(Text),
        Gen.Select(Gen.OneOf<char>(Digit, Mask).Array[4], Gen.OneOf<char>(Digit, Mask).Array[8], (a, b) => Text(a) + "-" + Text(b)),
        Gen.Select(Gen.OneOf<char>(Digit, Mask).Array[11], Digit.Array[3, 5], (a, b) => Text(a) + "转" + Text(b)),
        Gen.OneOf<char>(Digit, Mask).Array[11].Select(a => "+86 " + Text(a)),
        Gen.Const(string.Empty));

    public static readonly Gen<string> Address = Gen.Select(
        Gen.OneOf("江苏省苏州市吴江区学院路", "湖北省十堰市茅箭区建国路1098号翠苑一区", "北京市东城区中山南路1979号", "国贸大厦"),
        Gen.OneOf<string>(
            Room(Gen.OneOf("幢", "栋", "号楼", "座", "楼")),
            Gen.Select(Number(1, 2), Number(1, 1), Number(3, 4), (b, u, r) => $"{b}-{u}-{r}"),
            Gen.Select(Number(1, 2), Gen.OneOf<string>(Number(1, 1), Gen.Char["一二三四五六七八九十"].Select(c => c.ToString())), Number(3, 4), Gen.OneOf("室", "户", "房", ""),
                (b, u, r, k) => $"{b}幢{u}单元{r}{k}"),
            Gen.OneOf("", "88号院")),
        (prefix, rest) => prefix + rest);

    /// <summary>Free text over the characters the rules look at, to reach shapes no template has.</summary>
    public static readonly Gen<string> Soup =
        Gen.OneOf<char>(Digit, Mask, Gen.Char["一五十AC单元室户房幢栋座楼层号院转+86 -－路区·先生"], Han).Array[0, 24].Select(Text);

    public static readonly Gen<(string Name, string Phone, string Address)> Party =
        Gen.Select(Gen.OneOf<string>(Name, Soup), Gen.OneOf<string>(Phone, Soup), Gen.OneOf<string>(Address, Soup));

    private static Gen<string> Room(Gen<string> designation) =>
        Gen.Select(Number(1, 2), designation, Gen.OneOf<string>(Number(0, 4), Gen.Const(string.Empty)), (b, d, r) => b + d + r);

    private static Gen<string> Number(int min, int max) => Gen.OneOf<char>(Digit, Digit, Mask).Array[min, max].Select(Text);

    private static string Text(char[] chars) => new(chars);
}
