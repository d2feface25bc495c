namespace ComplianceHub.Domain.Validation;

/// <summary>
/// The 18-character citizen identity number of GB 11643-1999 (公民身份号码): a 6-digit address code, an
/// 8-digit birth date, a 3-digit sequence and an ISO 7064 MOD 11-2 check character (0–9 or X). An 18-digit
/// number whose check character or birth date is wrong is not one, so order and waybill numbers of that
/// length are not mistaken for one at the rate a check-digit-only test would (1 in 11).
/// </summary>
public static class ResidentIdentityNumber
{
    public const int Length = 18;

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    private const string CheckCharacters = "10X98765432";

    /// <summary>The check character of the first 17 digits (ASCII), per GB 11643-1999 §8.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException("17 digits expected", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            var digit = first17[i] - '0';
            if (digit is < 0 or > 9)
            {
                throw new ArgumentException("17 digits expected", nameof(first17));
            }

            sum += digit * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    /// <summary>True for 17 ASCII digits with a real birth date followed by their check character (x accepted for X).</summary>
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        if (value.Length != Length || value[0] is < '1' or > '9')
        {
            return false;
        }

        for (var i = 0; i < Length - 1; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return false;
            }
        }

        return HasBirthDate(value.Slice(6, 8)) && char.ToUpperInvariant(value[^1]) == CheckCharacter(value[..(Length - 1)]);
    }

    private static bool HasBirthDate(ReadOnlySpan<char> yyyymmdd)
    {
        var year = Number(yyyymmdd[..4]);
        var month = Number(yyyymmdd.Slice(4, 2));
        var day = Number(yyyymmdd.Slice(6, 2));
        return year is >= 1850 and <= 2199 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    private static int Number(ReadOnlySpan<char> digits)
    {
        var n = 0;
        foreach (var c in digits)
        {
            n = (n * 10) + (c - '0');
        }

        return n;
    }
}
