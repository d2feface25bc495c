using ComplianceHub.Domain.Time;

namespace ComplianceHub.Domain.Rollups;

/// <summary>
/// When a rectification order is overdue: once its deadline day is over in China time. Evaluated when read,
/// at every level, so no timer has to fire for a deadline to show (the inspections ledger uses the same rule).
/// </summary>
public static class Overdue
{
    public static bool IsOverdue(DateOnly deadline, DateTimeOffset now) => ChinaTime.EndOf(deadline) <= now;
}
