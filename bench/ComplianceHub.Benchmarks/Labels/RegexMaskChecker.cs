using System.Text.RegularExpressions;
using ComplianceHub.Domain.Labels;

namespace ComplianceHub.Benchmarks.Labels;

/// <summary>
/// The baseline: the GB/T 41833-2022 masking rules and the identity-number rule as a developer would first
/// write them, with compiled regular expressions, one field at a time. Meant to be a fair competitor: the
/// patterns are anchored, free of nested quantifiers, matched on spans without allocating, and
/// checked against the real checker on the dev set before any timing (see MaskCheckerBenchmarks).
/// </summary>
public static class RegexMaskChecker
{
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant;

    private const string Mask = "[*＊×●]";
    private const string DigitClass = "[0-9０-９]";
    private const string Separator = @"[\s()（）\-－‐–—]";

    // A token is what numbers a building, unit or room: digits, masks, Latin letters, Chinese numerals.
    private const string Token = "[0-9０-９A-Za-zＡ-Ｚａ-ｚ*＊×●一二三四五六七八九十〇零]";
    private const string VisibleInToken = "[0-9０-９一二三四五六七八九十〇零]";
    private const string Dash = "[-－‐–—]";
    private const string Letter = "[A-Za-zＡ-Ｚａ-ｚ]";
    private const string NotDigitOrLetter = "[^0-9０-９A-Za-zＡ-Ｚａ-ｚ]";

    private static readonly Regex AnyMask = new(Mask, Options);

    // Nothing printed, or only separators such as the middle dot of 阿依古丽·买买提, or a surname alone (张, 欧阳).
    private static readonly Regex BlankName = new(
        @"^[\s·・‧]*(?:\p{L}|[\uD800-\uDBFF][\uDC00-\uDFFF]|欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|夏侯|轩辕|令狐|钟离|端木|独孤|南宫|西门)?[\s·・‧]*$",
        Options);

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
        $@"{Token}*{VisibleInToken}{Token}*(?:单元|室|户|房|寝室|宿舍)"
        + $@"|{Token}(?:号?[幢栋座楼层]|单元)[\s\-－‐–]*{Token}*{DigitClass}"
        + $@"|{Token}+{Dash}(?:{Token}*{DigitClass}{Token}*{Dash}{Token}+|{Token}+{Dash}{Token}*{DigitClass}{Token}*)(?:[室户房]|\s*$)"
        + $@"|{Token}{Dash}{DigitClass}{{3,}}(?!{Token})(?!\s*[号弄路街巷道])"
        + $@"|(?:{Letter}|(?:大厦|大楼|公寓|广场|中心|小区|[苑府园城湾])\s*){DigitClass}{{3,5}}\s*$",
        Options);

    // Candidates only: the check character (18) or the date (15) is verified in code, as a regex cannot.
    private static readonly Regex IdCandidate = new(
        $@"(?<![0-9０-９A-Za-zＡ-Ｚａ-ｚ])(?:{DigitClass}{{17}}[0-9０-９XxＸｘ]|{DigitClass}{{15}})(?=$|{NotDigitOrLetter})",
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

        if (HasIdNumber(address) || HasIdNumber(name) || HasIdNumber(phone))
        {
            violations |= LabelViolations.IdNumberPrinted;
        }

        return violations;
    }

    private static bool HasIdNumber(string field)
    {
        foreach (var match in IdCandidate.EnumerateMatches(field))
        {
            var digits = field.AsSpan(match.Index, match.Length);
            if (digits.Length == 18 ? ValidCheck(digits) : ValidDate(digits[6..12]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ValidCheck(ReadOnlySpan<char> id)
    {
        ReadOnlySpan<int> weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Value(id[i]) * weights[i];
        }

        var expected = "10X98765432"[sum % 11];
        return expected == 'X' ? id[17] is 'X' or 'x' or 'Ｘ' or 'ｘ' : Value(id[17]) == expected - '0';
    }

    private static bool ValidDate(ReadOnlySpan<char> yymmdd)
    {
        var month = (10 * Value(yymmdd[2])) + Value(yymmdd[3]);
        var day = (10 * Value(yymmdd[4])) + Value(yymmdd[5]);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(1900 + (10 * Value(yymmdd[0])) + Value(yymmdd[1]), month);
    }

    private static int Value(char c) => c is >= '０' and <= '９' ? c - '０' : c is >= '0' and <= '9' ? c - '0' : -1;

    private static bool IsNameVisible(string name) =>
        !AnyMask.IsMatch(name) && !BlankName.IsMatch(name) && !SurnameWithTitle.IsMatch(name);

    private static bool IsPhoneUnderMasked(string phone) =>
        !BlankPhone.IsMatch(phone) && AnyMask.Count(phone) < 6 && !VirtualNumber.IsMatch(phone);
}
