namespace ComplianceHub.Reports.Layout;

/// <summary>
/// Line-breaking rules of Chinese typesetting (禁则, kinsoku): closing punctuation never starts a
/// line, opening brackets and quotes never end one, and a doubled dash or ellipsis stays together.
/// </summary>
public static class Kinsoku
{
    /// <summary>Characters a line must not start with (行首禁则).</summary>
    public const string NotAtLineStart =
        "，。、；：？！）」』》〉】〕〗〙〛］｝”’…—～·・‥" +
        "ー々〻ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ" +
        ",.;:?!)]}%％°℃";

    /// <summary>Characters a line must not end with (行尾禁则).</summary>
    public const string NotAtLineEnd = "（「『《〈【〔〖〘〚［｛“‘([{$￥¥";

    /// <summary>Pairs written as one mark (—— and ……) that must not be split.</summary>
    public const string Inseparable = "—…‥";

    public static bool MayStartLine(char c) => !NotAtLineStart.Contains(c, StringComparison.Ordinal);

    public static bool MayEndLine(char c) => !NotAtLineEnd.Contains(c, StringComparison.Ordinal);
}
