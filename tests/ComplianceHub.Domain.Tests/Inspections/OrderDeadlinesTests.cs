using ComplianceHub.Domain.Inspections;

namespace ComplianceHub.Domain.Tests.Inspections;

/// <summary>The overdue rule shared by inspections, enterprises and jurisdictions: the deadline is a China calendar day.</summary>
public sealed class OrderDeadlinesTests
{
    private static readonly DateOnly Deadline = new(2026, 12, 4);

    // 2026-12-05 00:00 in Beijing is 2026-12-04 16:00 UTC.
    private static readonly DateTimeOffset DayAfterStarts = new(2026, 12, 4, 16, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_order_is_in_time_through_the_last_second_of_its_deadline_day_in_China()
    {
        Assert.Equal(OrderStatus.Open, OrderDeadlines.StatusOf(Deadline, submitted: false, verified: false, DayAfterStarts.AddSeconds(-1)));
        Assert.Equal(OrderStatus.Overdue, OrderDeadlines.StatusOf(Deadline, submitted: false, verified: false, DayAfterStarts));
        Assert.Equal(1, OrderDeadlines.DaysOverdue(Deadline, DayAfterStarts));
        Assert.Equal(0, OrderDeadlines.DaysOverdue(Deadline, DayAfterStarts.AddSeconds(-1)));
    }

    [Fact]
    public void Submitted_is_still_overdue_until_verified()
    {
        Assert.Equal(OrderStatus.Submitted, OrderDeadlines.StatusOf(Deadline, submitted: true, verified: false, DayAfterStarts.AddHours(-1)));
        Assert.Equal(OrderStatus.Overdue, OrderDeadlines.StatusOf(Deadline, submitted: true, verified: false, DayAfterStarts));
        Assert.Equal(OrderStatus.Verified, OrderDeadlines.StatusOf(Deadline, submitted: true, verified: true, DayAfterStarts.AddDays(30)));
    }

    [Fact]
    public void A_new_deadline_must_be_after_today_in_China()
    {
        // 2026-12-04 20:00 UTC is already 2026-12-05 in Beijing.
        var evening = new DateTimeOffset(2026, 12, 4, 20, 0, 0, TimeSpan.Zero);
        Assert.False(OrderDeadlines.IsAcceptableDeadline(new DateOnly(2026, 12, 5), evening));
        Assert.True(OrderDeadlines.IsAcceptableDeadline(new DateOnly(2026, 12, 6), evening));
    }

    [Fact]
    public void A_new_deadline_lies_at_most_five_years_ahead()
    {
        var noon = new DateTimeOffset(2026, 12, 4, 4, 0, 0, TimeSpan.Zero);
        Assert.True(OrderDeadlines.IsAcceptableDeadline(new DateOnly(2031, 12, 4), noon));
        Assert.False(OrderDeadlines.IsAcceptableDeadline(new DateOnly(2031, 12, 5), noon));
        Assert.False(OrderDeadlines.IsAcceptableDeadline(DateOnly.MaxValue, noon));
    }

    [Fact]
    public void A_deadline_at_the_end_of_the_calendar_reads_as_open_instead_of_overflowing()
    {
        var ledger = InspectionLedger.Empty.Apply(new InspectionSummary(
            "i-far", InspectionAuthority.Postal, InspectionKind.OnSite, new DateOnly(2026, 11, 1), null, InspectionStatus.InProgress,
            null, DayAfterStarts, 2, [new OrderSummary("far", DateOnly.MaxValue, false, false)]));

        Assert.Equal(OrderStatus.Open, OrderDeadlines.StatusOf(DateOnly.MaxValue, submitted: false, verified: false, DayAfterStarts));
        Assert.Equal(0, OrderDeadlines.DaysOverdue(DateOnly.MaxValue, DayAfterStarts));
        Assert.Equal(0, ledger.OverdueAt(DateTimeOffset.MaxValue.AddDays(-2)));
    }

    [Fact]
    public void The_ledger_applies_each_step_once_and_counts_overdue_on_read()
    {
        var opened = new DateTimeOffset(2026, 11, 1, 2, 0, 0, TimeSpan.Zero);
        InspectionSummary Step(int step, params OrderSummary[] orders) => new(
            "i-1", InspectionAuthority.Postal, InspectionKind.OnSite, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 1), InspectionStatus.InProgress,
            null, opened, step, orders);
        var ledger = InspectionLedger.Empty
            .Apply(Step(2, new OrderSummary("A", Deadline, false, false)))
            .Apply(Step(3, new OrderSummary("A", Deadline, true, false), new OrderSummary("B", Deadline.AddDays(10), false, false)));

        var stale = ledger.Apply(Step(2, new OrderSummary("A", Deadline, false, false)));

        Assert.Same(ledger, stale);
        Assert.Equal(1, ledger.Count);
        Assert.Equal(["A", "B"], ledger.OpenOrders.Select(o => o.OrderId));
        Assert.Equal(0, ledger.OverdueAt(DayAfterStarts.AddSeconds(-1)));
        Assert.Equal(1, ledger.OverdueAt(DayAfterStarts));
        Assert.Equal(new DateOnly(2026, 11, 1), ledger.LastInspectedOn(InspectionAuthority.Postal));
        Assert.Null(ledger.LastInspectedOn(InspectionAuthority.Cyberspace));
    }
}
