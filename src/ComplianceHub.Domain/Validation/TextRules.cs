using System.Globalization;

namespace ComplianceHub.Domain.Validation;

/// <summary>
/// What ids and free text a client sends may not contain. The evidence log is permanent and reports are
/// signed, so what is refused here can never be repaired later: invisible characters that make text display
/// as something other than what is stored, and personal data (the hub must not become the leak).
/// </summary>
public static class TextRules
{
    public const string InvisibleMessage =
        "不能包含控制字符或不可见格式字符 (control, zero-width or bidi characters are not allowed)";

    public const string PersonalDataMessage =
        "不得包含手机号或身份证号等个人信息，请使用化名编号 (must not contain a mobile or identity number; use pseudonymous ids)";

    /// <summary>
    /// Control characters, line and paragraph separators, the invisible format characters (bidi overrides and
    /// isolates U+202A–U+202E, U+2066–U+2069, zero-width U+200B–U+200F, U+FEFF) and lone surrogates.
    /// </summary>
    public static bool HasControlCharacters(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The reason <paramref name="text"/> may not be stored, or null; never quotes the text.</summary>
    public static string? Problem(ReadOnlySpan<char> text) =>
        HasControlCharacters(text) ? InvisibleMessage
        : PersonalData.Find(text) != PersonalDataKind.None ? PersonalDataMessage
        : null;
}
