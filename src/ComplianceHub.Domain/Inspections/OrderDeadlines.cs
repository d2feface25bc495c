using ComplianceHub.Domain.Time;

namespace ComplianceHub.Domain.Inspections;

/// <summary>
/// The one overdue rule, shared by the inspection, the enterprise and its jurisdictions: an order with
/// deadline D (a China calendar date) is overdue from 00:00 China time after D, unless a regulator has
/// verified it. Status is computed at read time from the clock, never stored, so no timer or reminder is
/// needed and a restart cannot lose one: whoever reads after the deadline sees "overdue".
/// A submitted but unverified order past its deadline is still overdue — the regulator has not accepted
/// the rectification — and shows its submission alongside.
/// </summary>
public static class OrderDeadlines
{
    public static bool IsOverdue(DateOnly deadline, bool verified, DateTimeOffset now) =>
        !verified && ChinaTime.EndOf(deadline) <= now;

    /// <summary>Whole days since the deadline day ended (1 on the first overdue day); 0 when not overdue.</summary>
    public static int DaysOverdue(DateOnly deadline, DateTimeOffset now) =>
        ChinaTime.EndOf(deadline) <= now ? ChinaTime.DateOf(now).DayNumber - deadline.DayNumber : 0;

    /// <summary>
    /// A new order's deadline must fall after today (China date): an order due today or earlier is overdue at birth;
    /// and within <see cref="Validation.FieldRules.MaxYearsAhead"/> years, since no rectification runs longer.
    /// </summary>
    public static bool IsAcceptableDeadline(DateOnly deadline, DateTimeOffset now)
    {
        var today = ChinaTime.DateOf(now);
        return deadline > today && deadline <= today.AddYears(Validation.FieldRules.MaxYearsAhead);
    }

    public static OrderStatus StatusOf(DateOnly deadline, bool submitted, bool verified, DateTimeOffset now) =>
        verified ? OrderStatus.Verified
        : IsOverdue(deadline, verified, now) ? OrderStatus.Overdue
        : submitted ? OrderStatus.Submitted
        : OrderStatus.Open;
}
