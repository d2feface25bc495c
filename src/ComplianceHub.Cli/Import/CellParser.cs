using System.Globalization;
using ComplianceHub.Domain.Time;

namespace ComplianceHub.Cli.Import;

/// <summary>
/// Turns cell text into typed values. Each parser returns null and a reason on failure; the reason quotes the
/// bad text only when short, since a mistyped cell might be a name or phone number pasted in the wrong column.
/// </summary>
internal static class CellParser
{
    private const int MaxQuoted = 40;

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d"];

    private static readonly string[] LocalTimeFormats =
    [
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss",
        "yyyy/M/d H:mm", "yyyy/M/d H:mm:ss", "yyyy-M-d H:mm", "yyyy-M-d H:mm:ss",
    ];

    private static readonly string[] OffsetTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mmK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
    ];

    public static DateOnly? Date(string text, out string? error)
    {
        error = null;
        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        error = $"日期无效 invalid date {Quote(text)} (应为 expected yyyy-MM-dd)";
        return null;
    }

    /// <summary>ISO 8601 with an offset (Z, +08:00), or a local "yyyy-MM-dd HH:mm[:ss]" read as China time.</summary>
    public static DateTimeOffset? Instant(string text, out string? error)
    {
        error = null;
        if (DateTime.TryParseExact(text, LocalTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return new DateTimeOffset(local, ChinaTime.Zone.GetUtcOffset(local));
        }

        if (DateTimeOffset.TryParseExact(text, OffsetTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return instant;
        }

        error = $"时间无效 invalid time {Quote(text)} (应为 expected yyyy-MM-dd HH:mm 北京时间 China time, or ISO 8601 with offset)";
        return null;
    }

    public static bool? Flag(string text, out string? error)
    {
        error = null;
        switch (text.ToUpperInvariant())
        {
            case "TRUE" or "是" or "1" or "Y" or "YES":
                return true;
            case "FALSE" or "否" or "0" or "N" or "NO":
                return false;
            default:
                error = $"应为 是/否 expected true/false/是/否/1/0/Y/N, got {Quote(text)}";
                return null;
        }
    }

    public static decimal? Number(string text, out string? error)
    {
        error = null;
        const NumberStyles Style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        if (decimal.TryParse(text, Style, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        error = $"数字无效 invalid number {Quote(text)}";
        return null;
    }

    /// <summary>
    /// The bad text, if it cannot be personal data: short printable ASCII without a run of 7 digits (a phone
    /// number). A name is not ASCII; a misplaced one is described by its length only.
    /// </summary>
    internal static string Quote(string text)
    {
        var digitRun = 0;
        var safe = text.Length <= MaxQuoted;
        foreach (var c in text)
        {
            digitRun = char.IsAsciiDigit(c) ? digitRun + 1 : 0;
            safe &= c is >= ' ' and <= '~' && digitRun < 7;
        }

        return safe ? $"\"{text}\"" : $"({text.Length} 个字符未显示 {text.Length} chars not shown)";
    }
}
