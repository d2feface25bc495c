using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ComplianceHub.Domain.Labels;

/// <summary>
/// What each UTF-16 code unit is to the masking rules, looked up in one 64 KB table built once: a single
/// load per character instead of a chain of range tests on the hot path.
/// </summary>
internal static class LabelCharClass
{
    /// <summary>Part of a number token: digit, mask, Latin letter or Chinese numeral.</summary>
    public const byte Token = 1;

    /// <summary>A visible digit (ASCII or full-width).</summary>
    public const byte Digit = 2;

    /// <summary>A Chinese numeral (一 to 十, 〇, 零).</summary>
    public const byte Numeral = 4;

    /// <summary>A space or dash: keeps a designation and its number together.</summary>
    public const byte Spacing = 8;

    /// <summary>A mask character: one hidden character.</summary>
    public const byte Mask = 16;

    /// <summary>What groups a phone's digits without being one: spaces, dashes, brackets.</summary>
    public const byte PhoneSeparator = 32;

    /// <summary>"+" (a country prefix) or "转" (an extension): the phone needs the full reading.</summary>
    public const byte PhoneSpecial = 64;

    private static readonly byte[] Table = Build();

    // The table has an entry for every char value, so the bounds check the JIT cannot drop is provably redundant.
    public static byte Of(char c) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Table), c);

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

            if (LabelChars.IsMask(c))
            {
                cls |= Token | Mask;
            }

            if (LabelChars.IsLatinLetter(c))
            {
                cls |= Token;
            }

            if (PhoneMaskRule.IsSeparator(c))
            {
                cls |= PhoneSeparator;
            }

            if (c is '+' or '转')
            {
                cls |= PhoneSpecial;
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
