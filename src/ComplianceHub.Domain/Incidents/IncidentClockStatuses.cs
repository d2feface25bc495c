namespace ComplianceHub.Domain.Incidents;

/// <summary>Wire and Chinese names of <see cref="IncidentClock"/> and <see cref="IncidentClockStatus"/>.</summary>
public static class IncidentClockStatuses
{
    public static string ToWireName(IncidentClockStatus status) => status switch
    {
        IncidentClockStatus.MetOnTime => "met-on-time",
        IncidentClockStatus.ReportedLate => "reported-late",
        IncidentClockStatus.OpenOverdue => "open-overdue",
        IncidentClockStatus.OpenWithinDeadline => "open-within-deadline",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string ChineseName(IncidentClockStatus status) => status switch
    {
        IncidentClockStatus.MetOnTime => "按时完成",
        IncidentClockStatus.ReportedLate => "逾期完成",
        IncidentClockStatus.OpenOverdue => "已逾期未完成",
        IncidentClockStatus.OpenWithinDeadline => "期限内待完成",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string ToWireName(IncidentClock clock) => clock switch
    {
        IncidentClock.Postal => "postal",
        IncidentClock.Cac => "cac",
        IncidentClock.Individuals => "individuals",
        _ => throw new ArgumentOutOfRangeException(nameof(clock), clock, null),
    };

    public static string ChineseName(IncidentClock clock) => clock switch
    {
        IncidentClock.Postal => "向邮政管理部门报告",
        IncidentClock.Cac => "向网信部门报告",
        IncidentClock.Individuals => "告知受影响个人",
        _ => throw new ArgumentOutOfRangeException(nameof(clock), clock, null),
    };
}
