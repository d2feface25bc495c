namespace ComplianceHub.Domain.Access;

/// <summary>
/// The compact state of an enterprise's access log: one tally per account and anomaly kind, plus the
/// hourly tallies of hours still open to late records. Its size grows with accounts, never with log lines,
/// so the enterprise grain can keep it in its state and merge each batch in.
/// </summary>
/// <param name="Tallies">Cross-outlet, after-departure, night and judged bulk tallies, sorted by account then kind.</param>
/// <param name="OpenHours">Hours not yet judged for bulk, sorted by account then hour.</param>
/// <param name="LatestAt">The latest record seen: it moves the open-hour horizon.</param>
public sealed record AccessSummary(IReadOnlyList<AccessTally> Tallies, IReadOnlyList<HourTally> OpenHours, DateTimeOffset? LatestAt)
{
    public static AccessSummary Empty { get; } = new([], [], null);

    public bool IsEmpty => Tallies.Count == 0 && OpenHours.Count == 0;
}
