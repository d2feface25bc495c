namespace ComplianceHub.Domain;

/// <summary>
/// The hub's calendar is China's (UTC+8 all year, no daylight saving): a print date, a deadline day or
/// "today" means the day in China, whatever the server's own time zone.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.ToOffset(Offset).DateTime);
}
