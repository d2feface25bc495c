using System.Text.RegularExpressions;
using ComplianceHub.Domain.Labels;

namespace ComplianceHub.Benchmarks.Labels;

/// <summary>
/// The baseline: the three GB/T 41833-2022 masking rules as a developer would first write them,
/// with compiled regular expressions, one field at a time. Meant to be a fair competitor: the
/// patterns are anchored, free of nested quantifiers, matched on spans without allocating, and
/// checked against the real checker on the dev set before any timing (see MaskCheckerBenchmarks).
/// </summary>
public static class RegexMaskChecker
{
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant;

    private const string Mask = "[*＊×●]";
    private const string DigitClass = "[0-9０-９]";
    private const string Separator = @"[\s()（）\-－‐–]";

    // A token is what numbers a building, unit or room: digits, masks, Latin letters, Chinese numerals.
    private const string Token = "[0-9０-９A-Za-zＡ-Ｚａ-ｚ*＊×●一二三四五六七八九十〇零]";
    private const string VisibleInToken = "[0-9０-９一二三四五六七八九十〇零]";
    private const string Dash = "[-－‐–]";

    private static readonly Regex AnyMask = new(Mask, Options);

    // Nothing printed, or only separators such as the middle dot of 阿依古丽·买买提.
    private static readonly Regex BlankName = new(@"^[\s·・‧]*$", Options);

    // A bare surname with a courtesy title prints no given name: 李先生, 欧阳女士, Smith先生.
    private static readonly Regex SurnameWithTitle = new(
        @"^\s*(?:[^\s]|[\uD800-\uDBFF][\uDC00-\uDFFF]|欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|夏侯|轩辕|令狐|钟离|端木|独孤|南宫|西门|[A-Za-zＡ-Ｚａ-ｚ]+)?\s*(?:先生|女士|小姐)\s*$",
        Options);

    private static readonly Regex BlankPhone = new($"^{Separator}*$", Options);

    // A virtual number: optional +86, digits (masked or not), 转, then a 3-5 digit extension.
    private static readonly Regex VirtualNumber = new(
        $@"^{Separator}*(?:\+{Separator}*8{Separator}*6)?(?:{Separator}*(?:{DigitClass}|{Mask}))+{Separator}*转(?:{Separator}*(?:{DigitClass}|{Mask})){{3,5}}{Separator}*$",
        Options);

    // A unit or room number that can be read: digits or numerals before 单元/室/户/房; a token with a
    // digit right after a building, floor or unit; or a building-unit-room dash triple whose unit or
    // room shows a digit.
    private static readonly Regex RoomVisible = new(
        $@"{Token}*{VisibleInToken}{Token}*(?:单元|室|户|房)"
        + $@"|{Token}(?:号?[幢栋座楼层]|单元)[\s\-－‐–]*{Token}*{DigitClass}"
        + $@"|{Token}+{Dash}(?:{Token}*{DigitClass}{Token}*{Dash}{Token}+|{Token}+{Dash}{Token}*{DigitClass}{Token}*)(?:[室户房]|\s*$)",
        Options);

    public static LabelViolations Check(string name, string phone, string address)
    {
        var violations = LabelViolations.None;
        if (IsNameVisible(name))
        {
            violations |= LabelViolations.NameVisible;
        }

        if (IsPhoneUnderMasked(phone))
        {
            violations |= LabelViolations.PhoneUnderMasked;
        }

        if (RoomVisible.IsMatch(address))
        {
            violations |= LabelViolations.AddressRoomVisible;
        }

        return violations;
    }

    private static bool IsNameVisible(string name) =>
        !AnyMask.IsMatch(name) && !BlankName.IsMatch(name) && !SurnameWithTitle.IsMatch(name);

    private static bool IsPhoneUnderMasked(string phone) =>
        !BlankPhone.IsMatch(phone) && AnyMask.Count(phone) < 6 && !VirtualNumber.IsMatch(phone);
}
