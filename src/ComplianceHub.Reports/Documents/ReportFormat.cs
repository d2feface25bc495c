using System.Globalization;

namespace ComplianceHub.Reports.Documents;

/// <summary>How reports write times, dates, shares and counts: Beijing time, ISO dates, invariant digits.</summary>
internal static class ReportFormat
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public static string Time(DateTimeOffset time) =>
        time.ToOffset(Beijing).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + "（北京时间）";

    public static string Time(DateTimeOffset? time) => time is { } t ? Time(t) : "—";

    public static string ShortTime(DateTimeOffset? time) =>
        time is { } t ? t.ToOffset(Beijing).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "—";

    public static string Date(DateOnly? date) => date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "—";

    public static string Date(DateTimeOffset time) => time.ToOffset(Beijing).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly Day(DateTimeOffset time) => DateOnly.FromDateTime(time.ToOffset(Beijing).DateTime);

    /// <summary>A share 0–1 as a percentage with one decimal, "—" when unknown.</summary>
    public static string Percent(double? share) =>
        share is { } s ? (s * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    public static string Percent(long part, long whole) => whole == 0 ? "—" : Percent((double)part / whole);

    public static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    public static string Score(double score) => score.ToString("0.0", CultureInfo.InvariantCulture);

    public static string Hours(TimeSpan span) => span.TotalHours.ToString("0.0", CultureInfo.InvariantCulture) + " 小时";

    /// <summary>A deadline as the law words it: "4 小时", "30 分钟", "1.5 小时".</summary>
    public static string Deadline(TimeSpan span) => span.TotalHours >= 1
        ? span.TotalHours.ToString("0.##", CultureInfo.InvariantCulture) + " 小时"
        : span.TotalMinutes.ToString("0", CultureInfo.InvariantCulture) + " 分钟";

    public static string Seqs(IReadOnlyList<long> seqs) =>
        seqs.Count == 0 ? "—" : string.Join("、", seqs.Take(6).Select(s => "#" + s.ToString(CultureInfo.InvariantCulture))) + (seqs.Count > 6 ? $" 等 {seqs.Count} 条" : string.Empty);
}
