using ComplianceHub.Domain.Time;
using CsCheck;

namespace ComplianceHub.Domain.Tests.Time;

public sealed class ChinaTimeTests
{
    [Fact]
    public void An_instant_lands_on_the_china_calendar_day_not_the_utc_one()
    {
        var utcEvening = new DateTimeOffset(2026, 11, 22, 17, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 11, 23), ChinaTime.DateOf(utcEvening));
        Assert.Equal(1, ChinaTime.ToLocal(utcEvening).Hour);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.FromHours(8)), ChinaTime.HourOf(utcEvening));
    }

    [Fact]
    public void Missing_zone_data_falls_back_to_a_fixed_offset_that_agrees_since_1992() =>
        Gen.Long[new DateTimeOffset(1992, 1, 1, 0, 0, 0, TimeSpan.Zero).Ticks, new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero).Ticks].Sample(ticks =>
        {
            var instant = new DateTimeOffset(ticks, TimeSpan.Zero);
            var fallback = ChinaTime.ResolveZone("Nowhere/Atlantis");
            Assert.Equal(TimeSpan.FromHours(8), fallback.GetUtcOffset(instant));
            Assert.Equal(TimeZoneInfo.ConvertTime(instant, fallback), ChinaTime.ToLocal(instant));
        });

    [Fact]
    public void The_ends_of_the_calendar_do_not_overflow()
    {
        Assert.Equal(DateTimeOffset.MaxValue, ChinaTime.EndOf(DateOnly.MaxValue));
        Assert.Equal(DateTimeOffset.MinValue, ChinaTime.StartOf(DateOnly.MinValue));
        Assert.Equal(DateOnly.MaxValue, ChinaTime.AddMonthsClamped(new DateOnly(9999, 6, 1), 12));
        Assert.Equal(DateOnly.MinValue, ChinaTime.AddMonthsClamped(new DateOnly(1, 3, 1), -12));
        Assert.Equal(new DateOnly(2027, 2, 28), ChinaTime.AddMonthsClamped(new DateOnly(2026, 2, 28), 12));
    }
}
