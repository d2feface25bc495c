using System.Diagnostics.CodeAnalysis;

namespace ComplianceHub.Domain.Enterprises;

/// <summary>
/// An enterprise (or one outlet of it) as the hub keys it. Canonical text: <c>USCC</c> or
/// <c>USCC-OUTLET</c>. The USCC has a fixed length, so the split is unambiguous; a hyphen rather
/// than a slash keeps the id inside one URL path segment and one grain key.
/// </summary>
public readonly record struct EnterpriseId(SocialCreditCode Code, OutletCode? Outlet) : IParsable<EnterpriseId>
{
    public const char Separator = '-';

    public EnterpriseId(SocialCreditCode code)
        : this(code, null)
    {
    }

    public bool IsOutlet => Outlet is not null;

    public override string ToString() =>
        Outlet is { } outlet ? $"{Code}{Separator}{outlet}" : Code.ToString();

    public static bool TryParse(
        [NotNullWhen(true)] string? s, out EnterpriseId id, [NotNullWhen(false)] out string? error)
    {
        id = default;
        var value = s?.Trim() ?? string.Empty;
        if (value.Length == 0)
        {
            error = "企业标识为空 (enterprise id is empty)";
            return false;
        }

        if (value.Length > SocialCreditCode.Length && value[SocialCreditCode.Length] != Separator)
        {
            error = "企业标识应为“统一社会信用代码”或“统一社会信用代码-网点编码” (enterprise id must be USCC or USCC-OUTLET)";
            return false;
        }

        var codePart = value.Length > SocialCreditCode.Length ? value[..SocialCreditCode.Length] : value;
        if (!SocialCreditCode.TryParse(codePart, out var code, out error)) return false;

        if (value.Length == SocialCreditCode.Length)
        {
            id = new EnterpriseId(code);
            return true;
        }

        if (!OutletCode.TryParse(value[(SocialCreditCode.Length + 1)..], out var outlet, out error)) return false;
        id = new EnterpriseId(code, outlet);
        return true;
    }

    public static EnterpriseId Parse(string s) =>
        TryParse(s, out var id, out var error) ? id : throw new FormatException(error);

    static EnterpriseId IParsable<EnterpriseId>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<EnterpriseId>.TryParse(
        [NotNullWhen(true)] string? s, IFormatProvider? provider, out EnterpriseId result) =>
        TryParse(s, out result, out _);
}
