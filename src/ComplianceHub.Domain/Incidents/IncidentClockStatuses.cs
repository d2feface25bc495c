namespace ComplianceHub.Domain.Incidents;

/// <summary>Wire and Chinese names of <see cref="IncidentClock"/> and <see cref="IncidentClockStatus"/>.</summary>
public static class IncidentClockStatuses
{
    private static readonly WireNames<IncidentClockStatus> StatusNames = new(
        (IncidentClockStatus.MetOnTime, "met-on-time", "按时完成"),
        (IncidentClockStatus.ReportedLate, "reported-late", "逾期完成"),
        (IncidentClockStatus.OpenOverdue, "open-overdue", "已逾期未完成"),
        (IncidentClockStatus.OpenWithinDeadline, "open-within-deadline", "期限内待完成"));

    private static readonly WireNames<IncidentClock> ClockNames = new(
        (IncidentClock.Postal, "postal", "向邮政管理部门报告"),
        (IncidentClock.CyberIncident, "cyber-incident", "报告较大以上网络安全事件"),
        (IncidentClock.Individuals, "individuals", "通知受影响个人"));

    public static string ToWireName(IncidentClockStatus status) => StatusNames.ToWireName(status);

    public static string ChineseName(IncidentClockStatus status) => StatusNames.ChineseName(status);

    public static string ToWireName(IncidentClock clock) => ClockNames.ToWireName(clock);

    public static string ChineseName(IncidentClock clock) => ClockNames.ChineseName(clock);
}
