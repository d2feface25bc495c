using System.Diagnostics.CodeAnalysis;

namespace ComplianceHub.Domain.Divisions;

/// <summary>
/// A GB/T 2260 administrative division code: six ASCII digits, two per level (province, city,
/// county); trailing <c>00</c> pairs mark a higher level and <c>000000</c> is the nation (the
/// key of the national jurisdiction). This type checks the shape only; whether the code exists
/// is <see cref="DivisionCatalog"/>'s question. A default instance is not a valid code.
/// </summary>
public readonly record struct DivisionCode : IParsable<DivisionCode>
{
    public const int Length = 6;

    private DivisionCode(string value) => Value = value;

    public static DivisionCode Nation { get; } = new("000000");

    public string Value { get; }

    public DivisionLevel Level =>
        Value == Nation.Value ? DivisionLevel.Nation
        : Value.EndsWith("0000", StringComparison.Ordinal) ? DivisionLevel.Province
        : Value.EndsWith("00", StringComparison.Ordinal) ? DivisionLevel.City
        : DivisionLevel.County;

    /// <summary>The significant digits: "" for the nation, then "33", "3307", "330782".</summary>
    public string Prefix => Value[..(2 * (int)Level)];

    /// <summary>
    /// The code one level up by zeroing the last significant pair. For county-level units under
    /// a province directly (e.g. 469001 under 海南 4690 "省直辖县级行政区划") that is the
    /// placeholder city, which is how GB/T 2260 and the shipped table structure them.
    /// </summary>
    public DivisionCode? Parent => Level switch
    {
        DivisionLevel.Nation => null,
        DivisionLevel.Province => Nation,
        _ => FromPrefix(Prefix[..^2]),
    };

    public bool IsWithin(DivisionPrefix governed) => governed.Covers(this);

    public override string ToString() => Value ?? string.Empty;

    public static bool TryParse(
        [NotNullWhen(true)] string? s, out DivisionCode code, [NotNullWhen(false)] out string? error)
    {
        code = default;
        var value = s?.Trim() ?? string.Empty;
        if (value.Length != Length || !value.All(char.IsAsciiDigit))
        {
            error = "行政区划代码应为 6 位数字 (division code must be 6 digits)";
            return false;
        }

        // A zero pair above a non-zero pair names no level: 00xxxx has no province, 3300xx no city.
        if ((value.StartsWith("00", StringComparison.Ordinal) && value != Nation.Value)
            || (value[2..4] == "00" && value[4..] != "00"))
        {
            error = "行政区划代码结构错误：上级位为 00 而下级位非 00 (malformed division code: a zero level above a non-zero one)";
            return false;
        }

        error = null;
        code = new DivisionCode(value);
        return true;
    }

    public static DivisionCode Parse(string s) =>
        TryParse(s, out var code, out var error) ? code : throw new FormatException(error);

    /// <summary>"" → 000000, "33" → 330000, "3307" → 330700, "330782" → 330782.</summary>
    public static DivisionCode FromPrefix(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        if (prefix.Length is not (0 or 2 or 4 or 6)
            || !TryParse(prefix.PadRight(Length, '0'), out var code, out _)
            || code.Prefix != prefix)
        {
            throw new ArgumentException(
                $"行政区划前缀应为 0、2、4 或 6 位有效数字 (division prefix must be 0, 2, 4 or 6 significant digits): '{prefix}'",
                nameof(prefix));
        }

        return code;
    }

    static DivisionCode IParsable<DivisionCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<DivisionCode>.TryParse(
        [NotNullWhen(true)] string? s, IFormatProvider? provider, out DivisionCode result) =>
        TryParse(s, out result, out _);
}
