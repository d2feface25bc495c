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


    public static bool Contains(ReadOnlySpan<char> field)
    {
        // Any run of 15 or more digits covers exactly one position of every 15 in a row, so looking at every
        // 15th character finds each candidate run: a 40-character address costs two looks, not forty.
        var evaluatedTo = 0;
        for (var probe = LegacyLength - 1; probe < field.Length; probe += LegacyLength)
        {
            if (probe < evaluatedTo || !IsDigit(field[probe]))
            {
                continue;
            }

            var start = probe;
            while (start > 0 && IsDigit(field[start - 1]))
            {
                start--;
            }

            var end = probe + 1;
            while (end < field.Length && IsDigit(field[end]))
            {
                end++;
            }

            evaluatedTo = end;
            if (IsIdentityNumber(field, start, end))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the maximal digit run <c>field[start..end]</c>, with a check X after it, is an identity number.</summary>
    private static bool IsIdentityNumber(ReadOnlySpan<char> field, int start, int end)
    {
        // A number glued to a Latin letter (an order code: two letters then 18 digits) is a code, not an identity number.
        if (LetterAt(field, start - 1))
        {
            return false;
        }

        var run = field[start..end];
        return run.Length switch
        {
            Length - 1 => end < field.Length && LabelChars.IsCheckX(field[end]) && !LetterAt(field, end + 1) && HasValidCheck(run, 'X'),
            Length => !LetterAt(field, end) && HasValidCheck(run[..^1], run[^1]),
            LegacyLength => !LetterAt(field, end) && HasLegacyDate(run),
            _ => false,
        };
    }

    private static bool IsDigit(char c) => (LabelCharClass.Of(c) & LabelCharClass.Digit) != 0;

    /// <summary>Whether <paramref name="check"/> is the GB 11643 check character of the 17 digits.</summary>
    internal static bool HasValidCheck(ReadOnlySpan<char> body, char check)
    {
        var expected = ResidentIdNumbers.CheckCharacter(body);
        return expected == 'X' ? LabelChars.IsCheckX(check) : LabelChars.DigitValue(check) == expected - '0';
    }

    private static bool HasLegacyDate(ReadOnlySpan<char> run)
    {
        var year = 1900 + (10 * LabelChars.DigitValue(run[6])) + LabelChars.DigitValue(run[7]);
        var month = (10 * LabelChars.DigitValue(run[8])) + LabelChars.DigitValue(run[9]);
        var day = (10 * LabelChars.DigitValue(run[10])) + LabelChars.DigitValue(run[11]);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    // A number glued to a Latin letter (an order code: 18 digits then two letters) is a code, not an identity number.
    private static bool LetterAt(ReadOnlySpan<char> field, int i) => i >= 0 && i < field.Length && LabelChars.IsLatinLetter(field[i]);
}
