namespace ComplianceHub.Domain.Labels;

/// <summary>Character classes shared by the masking rules.</summary>
internal static class LabelChars
{
    /// <summary>Each mask character stands for exactly one hidden character.</summary>
    public static bool IsMask(char c) => c is '*' or '＊' or '×' or '●';

    /// <summary>Printers emit ASCII or full-width digits; both are readable digits.</summary>
    public static bool IsDigit(char c) => (uint)(c - '0') <= 9 || (uint)(c - '０') <= 9;

    /// <summary>Value 0-9 of an ASCII or full-width digit, or -1.</summary>
    public static int DigitValue(char c) =>
        (uint)(c - '0') <= 9 ? c - '0' : (uint)(c - '０') <= 9 ? c - '０' : -1;

    /// <summary>Unit numbers are often printed in Chinese numerals (五单元).</summary>
    public static bool IsChineseNumeral(char c) =>
        c is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '〇' or '零';

    /// <summary>Building and room identifiers use Latin letters (C座, B1204).</summary>
    public static bool IsLatinLetter(char c) =>
        (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - 'Ａ') <= 'Z' - 'A' || (uint)(c - 'ａ') <= 'z' - 'a';

    /// <summary>Hyphen-like marks group digits on a label without carrying information (37-4-3101, 12—301).</summary>
    public static bool IsDash(char c) => c is '-' or '－' or '‐' or '–' or '—';

    /// <summary>The check character of an 18-character identity number may be X (ASCII or full-width, either case).</summary>
    public static bool IsCheckX(char c) => c is 'X' or 'x' or 'Ｘ' or 'ｘ';
}
