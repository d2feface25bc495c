namespace ComplianceHub.Domain.Compliance;

/// <summary>
/// A finding with its history: the latest evaluation of it and every period it was open. A cleared finding
/// keeps its record, so a report can say "opened 03-02, cleared 03-05" and a prosecutor can show the regulator knew.
/// </summary>
/// <param name="Finding">As last evaluated (while open: the current one; once cleared: as it stood when it cleared).</param>
/// <param name="Periods">Oldest first; only the last may be open.</param>
public sealed record FindingRecord(string Key, Finding Finding, IReadOnlyList<FindingPeriod> Periods)
{
    public bool IsOpen => Periods.Count > 0 && Periods[^1].ClearedAt is null;

    /// <summary>When the hub first saw this finding.</summary>
    public DateTimeOffset OpenedAt => Periods[0].OpenedAt;

    /// <summary>When it last cleared; null while open.</summary>
    public DateTimeOffset? ClearedAt => Periods[^1].ClearedAt;
}
