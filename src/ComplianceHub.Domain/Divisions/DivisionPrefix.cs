using System.Diagnostics.CodeAnalysis;

namespace ComplianceHub.Domain.Divisions;

/// <summary>
/// The area a regulator governs, as the significant digits of a GB/T 2260 code: <see cref="Value"/>
/// is "" (nation), "33" (province), "3307" (city) or "330782" (county), and it covers every code
/// starting with those digits. Text form, for parsing and <see cref="ToString"/>, is the 6-digit
/// code (<c>000000</c>, <c>330000</c>, <c>330700</c>); bare 2- or 4-digit prefixes also parse.
/// The nation must be written <c>000000</c>: an empty string is refused, so an unset field can
/// never widen a regulator's view to the whole country.
/// </summary>
public readonly record struct DivisionPrefix : IParsable<DivisionPrefix>
{
    private DivisionPrefix(string value) => Value = value;

    public static DivisionPrefix Nation { get; } = new(string.Empty);

    public string Value { get; }

    public DivisionCode Code => DivisionCode.FromPrefix(Value);

    public DivisionLevel Level => (DivisionLevel)(Value.Length / 2);

    public bool Covers(DivisionCode code) => code.Value.StartsWith(Value, StringComparison.Ordinal);

    public override string ToString() => Value is null ? string.Empty : Code.Value;

    public static DivisionPrefix FromCode(DivisionCode code) => new(code.Prefix);

    public static bool TryParse(
        [NotNullWhen(true)] string? s, out DivisionPrefix prefix, [NotNullWhen(false)] out string? error)
    {
        prefix = default;
        var value = s?.Trim() ?? string.Empty;
        if (value.Length == 0)
        {
            error = "管辖范围为空；全国请写 000000 (jurisdiction is empty; write 000000 for the whole nation)";
            return false;
        }

        if (value.Length == DivisionCode.Length)
        {
            if (!DivisionCode.TryParse(value, out var code, out error)) return false;
            prefix = FromCode(code);
            return true;
        }

        // A bare prefix is only accepted in its shortest form: "3300" would silently cover nothing.
        if (value.Length is 2 or 4
            && DivisionCode.TryParse(value.PadRight(DivisionCode.Length, '0'), out var padded, out _)
            && padded.Prefix == value)
        {
            error = null;
            prefix = FromCode(padded);
            return true;
        }

        error = "管辖范围应为 6 位行政区划代码或 2、4 位有效前缀 (jurisdiction must be a 6-digit division code or a 2- or 4-digit prefix)";
        return false;
    }

    public static DivisionPrefix Parse(string s) =>
        TryParse(s, out var prefix, out var error) ? prefix : throw new FormatException(error);

    static DivisionPrefix IParsable<DivisionPrefix>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<DivisionPrefix>.TryParse(
        [NotNullWhen(true)] string? s, IFormatProvider? provider, out DivisionPrefix result) =>
        TryParse(s, out result, out _);
}
