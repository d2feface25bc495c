namespace ComplianceHub.Domain.Labels;

/// <summary>
/// What each UTF-16 code unit is to the address rule, looked up in one 64 KB table built once: a single
/// load per character instead of a chain of range tests, on the field that dominates checking time.
/// </summary>
internal static class AddressCharClass
{
    /// <summary>Part of a number token: digit, mask, Latin letter or Chinese numeral.</summary>
    public const byte Token = 1;

    /// <summary>A visible digit (ASCII or full-width).</summary>
    public const byte Digit = 2;

    /// <summary>A Chinese numeral (一 to 十, 〇, 零).</summary>
    public const byte Numeral = 4;

    /// <summary>A space or dash: keeps a designation and its number together.</summary>
    public const byte Spacing = 8;

    private static readonly byte[] Table = Build();

    public static byte Of(char c) => Table[c];

    private static byte[] Build()
    {
        var table = new byte[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            byte cls = 0;
            if (LabelChars.IsDigit(c))
            {
                cls |= Token | Digit;
            }

            if (LabelChars.IsChineseNumeral(c))
            {
                cls |= Token | Numeral;
            }

            if (LabelChars.IsMask(c) || LabelChars.IsLatinLetter(c))
            {
                cls |= Token;
            }

            if (LabelChars.IsDash(c) || char.IsWhiteSpace(c))
            {
                cls |= Spacing;
            }

            table[i] = cls;
        }

        return table;
    }
}
