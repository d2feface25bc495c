namespace ComplianceHub.Domain.Labels;

/// <summary>
/// ID_NUMBER_PRINTED: a resident identity number printed in any field. A waybill carries the name (名称),
/// address and phone only: 《快递暂行条例》 lets the courier check and register the sender's identity but not
/// record any other identity information on the waybill (see docs/legal-basis.md).
/// </summary>
/// <remarks>
/// What counts as an identity number, read as a maximal run of digits (ASCII or full-width) so that a longer
/// number (a 19-digit order number, a 20-digit waybill code) is never mistaken for one:
/// <list type="bullet">
/// <item>18 characters (GB 11643-1999): 17 digits and a check character, a digit or X, that the ISO 7064
/// MOD 11-2 check of GB 11643 accepts. With a wrong check character it is not an identity number.</item>
/// <item>15 digits, the legacy form (no check character): its 7th–12th digits must be a real date (YYMMDD
/// of the 1900s). A 15-digit run without a date is some other number.</item>
/// </list>
/// A partly masked number (3307**********1234) cannot be told from other digits and is not flagged.
/// </remarks>
internal static class IdNumberRule
{
    private const int Length = 18;
    private const int LegacyLength = 15;

    // GB 11643: weight of position i is 2^(17-i) mod 11; the check is the residue's entry of "10X98765432".
    private static ReadOnlySpan<byte> Weights => [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    private const string CheckCharacters = "10X98765432";

    public static bool Contains(ReadOnlySpan<char> field)
    {
        // Most fields (names, phones) are shorter than the shortest identity number: no scan at all.
        if (field.Length < LegacyLength)
        {
            return false;
        }

        var i = 0;
        while (i < field.Length)
        {
            if ((LabelCharClass.Of(field[i]) & LabelCharClass.Digit) == 0)
            {
                i++;
                continue;
            }

            var start = i;
            while (i < field.Length && (LabelCharClass.Of(field[i]) & LabelCharClass.Digit) != 0)
            {
                i++;
            }

            var run = field[start..i];
            if (LetterAt(field, start - 1))
            {
                continue;
            }

            if (run.Length == Length - 1 && i < field.Length && LabelChars.IsCheckX(field[i]) && !LetterAt(field, i + 1))
            {
                if (HasValidCheck(run, 'X'))
                {
                    return true;
                }

                i++;
            }
            else if ((run.Length == Length && !LetterAt(field, i) && HasValidCheck(run[..^1], run[^1]))
                || (run.Length == LegacyLength && !LetterAt(field, i) && HasLegacyDate(run)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="check"/> is the GB 11643 check character of the 17 digits.</summary>
    internal static bool HasValidCheck(ReadOnlySpan<char> body, char check)
    {
        var sum = 0;
        for (var k = 0; k < Weights.Length; k++)
        {
            sum += LabelChars.DigitValue(body[k]) * Weights[k];
        }

        var expected = CheckCharacters[sum % 11];
        return expected == 'X' ? LabelChars.IsCheckX(check) : LabelChars.DigitValue(check) == expected - '0';
    }

    private static bool HasLegacyDate(ReadOnlySpan<char> run)
    {
        var year = 1900 + (10 * LabelChars.DigitValue(run[6])) + LabelChars.DigitValue(run[7]);
        var month = (10 * LabelChars.DigitValue(run[8])) + LabelChars.DigitValue(run[9]);
        var day = (10 * LabelChars.DigitValue(run[10])) + LabelChars.DigitValue(run[11]);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    // A number glued to a Latin letter (an order code like 330782199003071234AB) is a code, not an identity number.
    private static bool LetterAt(ReadOnlySpan<char> field, int i) => i >= 0 && i < field.Length && LabelChars.IsLatinLetter(field[i]);
}
