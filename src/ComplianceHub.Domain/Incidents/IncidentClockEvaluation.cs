namespace ComplianceHub.Domain.Incidents;

/// <summary>One clock of one incident at one moment.</summary>
/// <param name="Deadline">Detection plus the configured allowance.</param>
/// <param name="DoneAt">When the duty was met, if it was.</param>
/// <param name="Late">How late it was met, or how far overdue it is now; zero when on time or still within the deadline.</param>
/// <param name="Remaining">Time left before the deadline while open; zero otherwise.</param>
public sealed record IncidentClockEvaluation(
    string IncidentId,
    IncidentClock Clock,
    IncidentClockStatus Status,
    DateTimeOffset Deadline,
    DateTimeOffset? DoneAt,
    TimeSpan Late,
    TimeSpan Remaining)
{
    public bool IsBreach => Status is IncidentClockStatus.ReportedLate or IncidentClockStatus.OpenOverdue;
}
