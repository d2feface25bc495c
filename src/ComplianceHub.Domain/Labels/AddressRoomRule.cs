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
/// </list>
/// </remarks>
internal static class AddressRoomRule
{
    public static bool IsRoomVisible(ReadOnlySpan<char> address)
    {
        address = address.TrimEnd();
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
            for (; i < address.Length && ((cls = LabelCharClass.Of(address[i])) & LabelCharClass.Token) != 0; i++)
            {
                digit |= (cls & LabelCharClass.Digit) != 0;
                numeral |= (cls & LabelCharClass.Numeral) != 0;
            }

            if (afterDesignation && digit)
            {
                return true;
            }

            var linked = chain > 0 && chainEnd == start - 1 && LabelChars.IsDash(address[start - 1]);
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
            '单' when next == '元' => (Keyword.Unit, 2),
            _ when IsDesignation(c) => (Keyword.Designation, 1),
            _ => (Keyword.None, 0),
        };
        return keyword;
    }

    private static bool IsDesignation(char c) => c is '幢' or '栋' or '座' or '楼' or '层';
}
