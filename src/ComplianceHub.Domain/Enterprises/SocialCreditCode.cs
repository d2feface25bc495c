using System.Diagnostics.CodeAnalysis;

namespace ComplianceHub.Domain.Enterprises;

/// <summary>
/// 统一社会信用代码: the 18-character unified social credit code of GB 32100-2015.
/// Positions: 1 registration authority, 2 entity type, 3–8 the GB/T 2260 division code of the
/// registering office, 9–17 the organisation code (GB 11714), 18 the check character
/// (GB/T 17710 MOD 31-3). A default instance is not a valid code.
/// </summary>
public readonly record struct SocialCreditCode : IParsable<SocialCreditCode>
{
    /// <summary>The 31 characters the standard allows; a character's value is its index.</summary>
    public const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    public const int Length = 18;

    // 3^(i-1) mod 31: every weight is non-zero and adjacent weights differ, so any single
    // substitution and any adjacent transposition changes the check character.
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private SocialCreditCode(string value) => Value = value;

    public string Value { get; }

    /// <summary>Positions 3–8: where the code was issued, not necessarily where the enterprise now operates.</summary>
    public string DivisionPart => Value.Substring(2, 6);

    /// <summary>Positions 9–17: the organisation code (组织机构代码) the USCC absorbed.</summary>
    public string OrganizationPart => Value.Substring(8, 9);

    public override string ToString() => Value ?? string.Empty;

    public static bool TryParse(
        [NotNullWhen(true)] string? s, out SocialCreditCode code, [NotNullWhen(false)] out string? error)
    {
        code = default;
        if (string.IsNullOrWhiteSpace(s))
        {
            error = "统一社会信用代码为空 (social credit code is empty)";
            return false;
        }

        var value = Identifiers.UpperAscii(s.Trim());
        if (value.Length != Length)
        {
            error = $"统一社会信用代码应为 18 位，实为 {value.Length} 位 (social credit code must be 18 characters, got {value.Length})";
            return false;
        }

        error = CheckBody(value.AsSpan(0, Length - 1));
        if (error is not null) return false;

        if (Charset.IndexOf(value[^1], StringComparison.Ordinal) < 0)
        {
            error = CharError(value[^1], Length);
            return false;
        }

        if (CheckCharacter(value.AsSpan(0, Length - 1)) != value[^1])
        {
            error = "统一社会信用代码校验位错误 (wrong GB 32100-2015 check character)";
            return false;
        }

        code = new SocialCreditCode(value);
        return true;
    }

    public static SocialCreditCode Parse(string s) =>
        TryParse(s, out var code, out var error) ? code : throw new FormatException(error);

    /// <summary>Appends the check character to the first 17 characters (demo data, tests).</summary>
    public static SocialCreditCode Create(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        var body = Identifiers.UpperAscii(first17);
        if (body.Length != Length - 1)
        {
            throw new ArgumentException(
                $"应为 17 位，实为 {body.Length} 位 (expected the first 17 characters, got {body.Length})", nameof(first17));
        }

        var error = CheckBody(body);
        if (error is not null) throw new ArgumentException(error, nameof(first17));
        return new SocialCreditCode(body + CheckCharacter(body));
    }

    static SocialCreditCode IParsable<SocialCreditCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<SocialCreditCode>.TryParse(
        [NotNullWhen(true)] string? s, IFormatProvider? provider, out SocialCreditCode result) =>
        TryParse(s, out result, out _);

    private static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += Charset.IndexOf(first17[i], StringComparison.Ordinal) * Weights[i];
        }

        var check = 31 - (sum % 31);
        return Charset[check == 31 ? 0 : check];
    }

    private static string? CheckBody(ReadOnlySpan<char> body)
    {
        for (var i = 0; i < body.Length; i++)
        {
            if (Charset.IndexOf(body[i], StringComparison.Ordinal) < 0) return CharError(body[i], i + 1);
        }

        for (var i = 2; i < 8; i++)
        {
            if (!char.IsAsciiDigit(body[i]))
            {
                return "第 3–8 位应为数字（登记管理机关行政区划码）(positions 3–8 must be digits: the GB/T 2260 division code)";
            }
        }

        return null;
    }

    private static string CharError(char c, int position) =>
        $"第 {position} 位字符“{c}”不在 GB 32100-2015 字符集中 (character '{c}' at position {position} is not allowed; I, O, Z, S, V are never used)";
}
