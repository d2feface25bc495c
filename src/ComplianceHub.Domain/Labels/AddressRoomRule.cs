namespace ComplianceHub.Domain.Labels;

/// <summary>
/// GB/T 41833-2022: the printed address must hide the unit, household and room number (单元户室号).
/// A street number, a compound number or a building or floor on its own may stay visible.
/// </summary>
/// <remarks>
/// The address is read once, as "tokens" (runs of digits, masks, Chinese numerals 一-十 and Latin
/// letters) and the keyword that follows each. Interpretations where the rule text leaves room:
/// <list type="bullet">
/// <item>A number token before 单元/室/户/房 is visible when any of its characters is a visible digit or
/// numeral: a partly masked room (3***室) still tells the floor.</item>
/// <item>A building or floor designation is a token followed by 幢, 栋, 座, 楼 or 层, optionally with 号
/// between (号楼, 号栋). A token of masks counts (**座318): a mask stands for one hidden character,
/// so the room after it is still readable.</item>
/// <item>After a designation or 单元 (skipping spaces and hyphens), the next token is the unit or room;
/// it is visible when it holds a visible digit, however partly masked (C座*18).</item>
/// <item>An address ending in a building-unit-room triple (37-4-3101, optionally followed by 室/户/房) is a
/// violation when the unit or the room holds a visible digit: 37-4-**** still shows unit 4, as
/// 3单元●***室 does; 37-*-**** shows only the building.</item>
/// <item>A room needs no keyword to be read (a reviewer found these printed and passed):
/// two or more tokens joined by a hyphen-like mark (-, －, ‐, –, —) whose last one is 3 or more digits
/// (12-301, 5—1203), unless a road or number word (号, 弄, 路, 街, 巷, 道) follows, as in 12-301号;
/// a building word (大厦, 大楼, 公寓, 广场, 中心, 花园, 小区, 苑, 府, 园, 城, 湾) followed, possibly after spaces,
/// by 3–5 digits that end the address (国贸大厦 1208); a Latin letter followed by 3–5 digits that end the
/// address (幸福里B1518).</item>
/// <item>寝室, 宿舍 (and 房间, through 房) are room keywords beside 室, 户, 房: 512寝室 shows the room.</item>
/// </list>
/// </remarks>
internal static class AddressRoomRule
{
    public static bool IsRoomVisible(ReadOnlySpan<char> address)
    {
        address = address.TrimEnd();
        if (EndsInBareRoom(address))
        {
            return true;
        }

        var n = address.Length;
        var i = 0;
        var afterDesignation = false;

        // Dash-linked tokens ending at the current one (37-4-3101 is a chain of three).
        int chain = 0, chainEnd = -1;
        bool lastDigit = false, middleDigit = false;

        while (i < n)
        {
            // Most of an address is words (省市区, street and compound names): skip them, noting only
            // whether the gap was nothing but spaces or dashes.
            var cls = LabelCharClass.Of(address[i]);
            if ((cls & LabelCharClass.Token) == 0)
            {
                if (afterDesignation)
                {
                    var spacingOnly = true;
                    do
                    {
                        spacingOnly &= (cls & LabelCharClass.Spacing) != 0;
                    }
                    while (++i < address.Length && ((cls = LabelCharClass.Of(address[i])) & LabelCharClass.Token) == 0);

                    afterDesignation = spacingOnly;
                }
                else
                {
                    // The common case, words between numbers: only the next token start matters.
                    while (++i < address.Length && (LabelCharClass.Of(address[i]) & LabelCharClass.Token) == 0)
                    {
                    }
                }

                continue;
            }

            var start = i;
            bool digit = false, numeral = false;
            var digits = 0;
            for (; i < address.Length && ((cls = LabelCharClass.Of(address[i])) & LabelCharClass.Token) != 0; i++)
            {
                digit |= (cls & LabelCharClass.Digit) != 0;
                numeral |= (cls & LabelCharClass.Numeral) != 0;
                digits += (cls & LabelCharClass.Digit) >> 1;
            }

            if (afterDesignation && digit)
            {
                return true;
            }

            var linked = chain > 0 && chainEnd == start - 1 && LabelChars.IsDash(address[start - 1]);

            // 12-301: a dash-linked group of 3+ digits is a room, unless it is a street number (12-301号).
            if (linked && digits >= 3 && digits == i - start && !RoadWordFollows(address, i))
            {
                return true;
            }

            chain = linked ? chain + 1 : 1;
            middleDigit = linked && lastDigit;
            lastDigit = digit;
            chainEnd = i;
            var endsTriple = chain >= 3 && (lastDigit || middleDigit);

            var keyword = KeywordAt(address, i, out var keywordLength);
            i += keywordLength;
            switch (keyword)
            {
                case Keyword.Room:
                    if (digit || numeral || endsTriple)
                    {
                        return true;
                    }

                    afterDesignation = false;
                    break;
                case Keyword.Unit:
                    if (digit || numeral)
                    {
                        return true;
                    }

                    afterDesignation = true;
                    break;
                case Keyword.Designation:
                    afterDesignation = true;
                    break;
                default:
                    if (i == n && endsTriple)
                    {
                        return true;
                    }

                    afterDesignation = false;
                    break;
            }
        }

        return false;
    }

    private enum Keyword
    {
        None,
        Room,
        Unit,
        Designation,
    }

    private static Keyword KeywordAt(ReadOnlySpan<char> s, int i, out int length)
    {
        length = 0;
        if (i >= s.Length)
        {
            return Keyword.None;
        }

        var c = s[i];
        var next = i + 1 < s.Length ? s[i + 1] : '\0';

        // 号 binds a number to a building (3号楼, 2号栋); before anything else it is a street or compound number.
        if (c == '号')
        {
            length = IsDesignation(next) ? 2 : 0;
            return length == 0 ? Keyword.None : Keyword.Designation;
        }

        (var keyword, length) = c switch
        {
            '室' or '户' or '房' => (Keyword.Room, 1),
            '寝' when next == '室' => (Keyword.Room, 2),
            '宿' when next == '舍' => (Keyword.Room, 2),
            '单' when next == '元' => (Keyword.Unit, 2),
            _ when IsDesignation(c) => (Keyword.Designation, 1),
            _ => (Keyword.None, 0),
        };
        return keyword;
    }

    private static bool IsDesignation(char c) => c is '幢' or '栋' or '座' or '楼' or '层';

    /// <summary>
    /// A room printed bare at the end of the address: 3–5 digits after a Latin letter (B1518), or after a
    /// building word, possibly with spaces between (国贸大厦 1208).
    /// </summary>
    private static bool EndsInBareRoom(ReadOnlySpan<char> address)
    {
        var k = address.Length;
        while (k > 0 && (LabelCharClass.Of(address[k - 1]) & LabelCharClass.Digit) != 0)
        {
            k--;
        }

        if (address.Length - k is < 3 or > 5 || k == 0)
        {
            return false;
        }

        if (LabelChars.IsLatinLetter(address[k - 1]))
        {
            return true;
        }

        var before = address[..k].TrimEnd();
        return before.Length > 0 && (before[^1] is '苑' or '府' or '园' or '城' or '湾'
            || (before.Length > 1 && IsBuildingWord(before[^2], before[^1])));
    }

    private static bool IsBuildingWord(char a, char b) =>
        (a, b) is ('大', '厦') or ('大', '楼') or ('公', '寓') or ('广', '场') or ('中', '心') or ('小', '区');

    private static bool RoadWordFollows(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            i++;
        }

        return i < s.Length && s[i] is '号' or '弄' or '路' or '街' or '巷' or '道';
    }
}
