namespace ComplianceHub.Domain.Time;

/// <summary>
/// China Standard Time, the clock every duty here is read on (night queries, calendar dates of joins and
/// departures). Asia/Shanghai from the system's time-zone data when present, otherwise a fixed +08:00:
/// China has observed no daylight saving since 1991, so the two agree for every date this product sees.
/// </summary>
public static class ChinaTime
{
    public const string ZoneId = "Asia/Shanghai";

    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static TimeZoneInfo Zone { get; } = ResolveZone();

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The China calendar day an instant falls on.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    /// <summary>
    /// 00:00 China time at the start of <paramref name="date"/>. Total over every <see cref="DateOnly"/>: the
    /// first day of the calendar (whose start lies before year 1 in UTC) answers <see cref="DateTimeOffset.MinValue"/>,
    /// so an odd stored date degrades one figure instead of failing the read that meets it.
    /// </summary>
    public static DateTimeOffset StartOf(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        var offset = Zone.GetUtcOffset(local);
        return local - DateTime.MinValue < offset ? DateTimeOffset.MinValue : new DateTimeOffset(local, offset);
    }

    /// <summary>
    /// 00:00 China time after <paramref name="date"/>: the instant a day-granular event is over. The last day of the
    /// calendar never ends (<see cref="DateTimeOffset.MaxValue"/>) rather than overflowing.
    /// </summary>
    public static DateTimeOffset EndOf(DateOnly date) => date == DateOnly.MaxValue ? DateTimeOffset.MaxValue : StartOf(date.AddDays(1));

    /// <summary><paramref name="date"/> moved by whole months, held at the ends of the calendar instead of throwing.</summary>
    public static DateOnly AddMonthsClamped(DateOnly date, int months)
    {
        var target = ((long)date.Year * 12) + date.Month - 1 + months;
        return target < 12 ? DateOnly.MinValue
            : target > (9999L * 12) + 11 ? DateOnly.MaxValue
            : date.AddMonths(months);
    }

    /// <summary>The start of the China clock hour containing <paramref name="instant"/>.</summary>
    public static DateTimeOffset HourOf(DateTimeOffset instant)
    {
        var local = ToLocal(instant);
        return new DateTimeOffset(local.Year, local.Month, local.Day, local.Hour, 0, 0, local.Offset);
    }

    internal static TimeZoneInfo ResolveZone(string id = ZoneId)
    {
        // Containers without tzdata (and Windows without ICU mapping) throw here; the fixed offset is exact for China.
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("China Standard Time (+08:00)", Offset, "中国标准时间", "中国标准时间");
        }
    }
}
