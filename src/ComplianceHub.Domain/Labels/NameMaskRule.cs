namespace ComplianceHub.Domain.Labels;

/// <summary>
/// GB/T 41833-2022: the printed name must hide at least one character. A surname followed by a
/// courtesy title (先生, 女士, 小姐) prints no given name, so it counts as masked; so does a surname printed
/// alone (张, or a compound surname such as 欧阳): the given name is what it hides.
/// </summary>
internal static class NameMaskRule
{
    public static bool IsVisible(ReadOnlySpan<char> name)
    {
        // Printed characters other than separators; a surrogate pair (a rare surname) is one character.
        var visible = 0;
        var first = '\0';
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if ((LabelCharClass.Of(c) & LabelCharClass.Mask) != 0)
            {
                return false;
            }

            if (!IsSeparator(c) && !char.IsLowSurrogate(c))
            {
                first = visible == 0 ? c : first;
                visible++;
            }
        }

        // A single letter is a surname alone; a single control character or digit is not a name at all, and shows.
        if (visible == 0 || (visible == 1 && (char.IsLetter(first) || char.IsHighSurrogate(first))))
        {
            return false;
        }

        var trimmed = name.Trim();
        return !CompoundSurnames.Contains(trimmed) && !IsSurnameWithTitle(trimmed);
    }

    /// <summary>
    /// Only a bare surname may precede the title: one character, a compound surname (欧阳) or one
    /// Latin word. Anything longer means the given name is printed too (张三先生).
    /// A title alone names nobody, so it is treated as masked as well.
    /// </summary>
    private static bool IsSurnameWithTitle(ReadOnlySpan<char> name)
    {
        if (name.Length < 2 || !IsTitle(name[^2..]))
        {
            return false;
        }

        var surname = name[..^2].TrimEnd();
        return surname.Length switch
        {
            0 => true,
            1 => !char.IsSurrogate(surname[0]),
            2 when char.IsSurrogatePair(surname[0], surname[1]) => true,
            2 when CompoundSurnames.Contains(surname) => true,
            _ => IsLatinWord(surname),
        };
    }

    private static bool IsTitle(ReadOnlySpan<char> last2) =>
        (last2[0], last2[1]) is ('先', '生') or ('女', '士') or ('小', '姐');

    private static bool IsLatinWord(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!LabelChars.IsLatinLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whitespace and the middle dot of minority and foreign names (阿依古丽·买买提) hide nothing and show nothing.</summary>
    private static bool IsSeparator(char c) => c is '·' or '・' or '‧' || char.IsWhiteSpace(c);
}
