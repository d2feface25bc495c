using System.Text.RegularExpressions;

namespace ComplianceHub.Server.Http;

/// <summary>
/// Staff and account ids must be pseudonyms. Many systems use the holder's mobile number as the login,
/// which would make the hub hold phone numbers; such ids are refused at the door.
/// </summary>
public static partial class PseudonymRules
{
    public static bool LooksLikePhoneNumber(string? value) => value is not null && MobileNumber().IsMatch(value);

    public const string Message = "不得使用手机号作为标识，请使用化名编号 (must not be a phone number; use a pseudonymous id)";

    [GeneratedRegex(@"1[3-9]\d{9}", RegexOptions.CultureInvariant)]
    private static partial Regex MobileNumber();
}
