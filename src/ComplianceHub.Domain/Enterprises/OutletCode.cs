using System.Diagnostics.CodeAnalysis;

namespace ComplianceHub.Domain.Enterprises;

/// <summary>
/// A franchised outlet's code within its enterprise (网点编码): 1–16 of A–Z and 0–9, upper case.
/// Brands number outlets their own way; this only keeps the code safe in keys and URL segments.
/// </summary>
public readonly record struct OutletCode : IParsable<OutletCode>
{
    public const int MaxLength = 16;

    private OutletCode(string value) => Value = value;

    public string Value { get; }

    public override string ToString() => Value ?? string.Empty;

    public static bool TryParse(
        [NotNullWhen(true)] string? s, out OutletCode code, [NotNullWhen(false)] out string? error)
    {
        code = default;
        var value = Identifiers.UpperAscii(s?.Trim() ?? string.Empty);
        if (value.Length is 0 or > MaxLength)
        {
            error = $"网点编码应为 1–16 位 (outlet code must be 1–16 characters, got {value.Length})";
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c) && !char.IsAsciiLetterUpper(c))
            {
                error = "网点编码只能包含字母 A–Z 和数字 0–9 (outlet code may contain only A–Z and 0–9)";
                return false;
            }
        }

        error = null;
        code = new OutletCode(value);
        return true;
    }

    public static OutletCode Parse(string s) =>
        TryParse(s, out var code, out var error) ? code : throw new FormatException(error);

    static OutletCode IParsable<OutletCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<OutletCode>.TryParse(
        [NotNullWhen(true)] string? s, IFormatProvider? provider, out OutletCode result) =>
        TryParse(s, out result, out _);
}
