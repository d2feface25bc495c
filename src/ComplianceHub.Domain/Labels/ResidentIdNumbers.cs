namespace ComplianceHub.Domain.Labels;

/// <summary>
/// GB 11643-1999 citizen identity numbers: the check character of the 18-character form (ISO 7064 MOD 11-2: the
/// weight of position i is 2^(17-i) mod 11, and the sum's residue picks from "10X98765432").
/// </summary>
public static class ResidentIdNumbers
{
    private const string CheckCharacters = "10X98765432";

    private static ReadOnlySpan<byte> Weights => [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>The check character ('0'–'9' or 'X') of 17 digits (ASCII or full-width).</summary>
    /// <exception cref="ArgumentException">Not exactly 17 digits.</exception>
    public static char CheckCharacter(ReadOnlySpan<char> body)
    {
        if (body.Length != Weights.Length)
        {
            throw new ArgumentException("An identity number's body is 17 digits.", nameof(body));
        }

        var sum = 0;
        for (var k = 0; k < Weights.Length; k++)
        {
            var digit = LabelChars.DigitValue(body[k]);
            if (digit < 0)
            {
                throw new ArgumentException("An identity number's body is 17 digits.", nameof(body));
            }

            sum += digit * Weights[k];
        }

        return CheckCharacters[sum % 11];
    }
}
