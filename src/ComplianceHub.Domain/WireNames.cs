using System.Runtime.CompilerServices;

namespace ComplianceHub.Domain;

/// <summary>
/// One enum's names, stated once as (value, wire name, Chinese name) rows: the wire name is what crosses HTTP,
/// storage and CSV (numbers never do), the Chinese name is what people read. Each <c>Xxxs</c> class (e.g.
/// <see cref="Enterprises.EnterpriseKinds"/>) keeps its public methods and answers them from one of these.
/// </summary>
internal sealed class WireNames<TEnum>
    where TEnum : struct, Enum
{
    private readonly (TEnum Value, string Wire, string Chinese)[] rows;

    public WireNames(params (TEnum Value, string Wire, string Chinese)[] rows)
    {
        this.rows = rows;
        All = [.. rows.Select(r => r.Value)];
    }

    /// <summary>Every value, in the order of the rows.</summary>
    public IReadOnlyList<TEnum> All { get; }

    /// <exception cref="ArgumentOutOfRangeException">A value with no row, named after the caller's parameter.</exception>
    public string ToWireName(TEnum value, [CallerArgumentExpression(nameof(value))] string? paramName = null) =>
        Row(value, paramName).Wire;

    /// <exception cref="ArgumentOutOfRangeException">A value with no row, named after the caller's parameter.</exception>
    public string ChineseName(TEnum value, [CallerArgumentExpression(nameof(value))] string? paramName = null) =>
        Row(value, paramName).Chinese;

    /// <summary>Accepts a wire name (any letter case) or the Chinese name, ignoring surrounding white space.</summary>
    public bool TryParse(string? s, out TEnum value) => TryParse(s, acceptChinese: true, out value);

    /// <summary>Accepts a wire name only (any letter case), ignoring surrounding white space.</summary>
    public bool TryParseWireName(string? s, out TEnum value) => TryParse(s, acceptChinese: false, out value);

    private bool TryParse(string? s, bool acceptChinese, out TEnum value)
    {
        var text = s?.Trim();
        foreach (var row in rows)
        {
            if (string.Equals(text, row.Wire, StringComparison.OrdinalIgnoreCase)
                || (acceptChinese && string.Equals(text, row.Chinese, StringComparison.Ordinal)))
            {
                value = row.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    private (TEnum Value, string Wire, string Chinese) Row(TEnum value, string? paramName)
    {
        foreach (var row in rows)
        {
            if (EqualityComparer<TEnum>.Default.Equals(row.Value, value))
            {
                return row;
            }
        }

        throw new ArgumentOutOfRangeException(paramName, value, null);
    }
}
