using System.Globalization;

namespace ComplianceHub.Domain.Compliance.Rules;

/// <summary>Formatting shared by the summaries, culture-invariant so a summary reads the same on every server.</summary>
internal static class RuleText
{
    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>"3 小时 20 分钟" / "3 h 20 min", days for long spans.</summary>
    public static (string Zh, string En) Duration(TimeSpan span)
    {
        if (span >= TimeSpan.FromDays(2))
        {
            var days = (int)span.TotalDays;
            return (Invariant($"{days} 天"), Invariant($"{days} d"));
        }

        var hours = (int)span.TotalHours;
        var minutes = span.Minutes;
        return minutes == 0
            ? (Invariant($"{hours} 小时"), Invariant($"{hours} h"))
            : (Invariant($"{hours} 小时 {minutes} 分钟"), Invariant($"{hours} h {minutes} min"));
    }

    public static string Percent(double share) => share.ToString("0.##%", CultureInfo.InvariantCulture);

    /// <summary>The first <paramref name="max"/> ids, then "…" so a summary stays readable for a roster of thousands.</summary>
    public static string Ids(IEnumerable<string> ids, int max)
    {
        var list = ids.ToList();
        var shown = string.Join(", ", list.Take(max));
        return list.Count > max ? shown + ", …" : shown;
    }

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string ChinaMinute(DateTimeOffset instant) =>
        Time.ChinaTime.ToLocal(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static IReadOnlyList<long> Seqs(params IEnumerable<long?>[] groups) =>
        groups.SelectMany(g => g).OfType<long>().Distinct().Order().ToList();
}
