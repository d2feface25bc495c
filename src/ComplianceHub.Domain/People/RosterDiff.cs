namespace ComplianceHub.Domain.People;

/// <summary>Compares two full rosters by staffId; a pure function so the grain records exactly what it is given.</summary>
public static class RosterDiff
{
    /// <param name="previous">The last accepted roster, or <see cref="StaffRoster.Empty"/> for the first upload.</param>
    /// <param name="current">The roster just accepted (already validated: staffIds unique).</param>
    public static RosterChanges Between(StaffRoster previous, StaffRoster current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);

        var before = previous.Staff.ToDictionary(s => s.StaffId, StringComparer.Ordinal);
        var after = current.Staff.Select(s => s.StaffId).ToHashSet(StringComparer.Ordinal);

        List<StaffMember> joins = [], departures = [], returns = [], accountsClosed = [];
        List<NdaChange> ndaChanges = [];
        foreach (var now in current.Staff)
        {
            before.TryGetValue(now.StaffId, out var was);
            if (was is null)
            {
                joins.Add(now);
            }

            if (now.LeftOn is not null && was?.LeftOn is null)
            {
                departures.Add(now);
            }
            else if (now.LeftOn is null && was?.LeftOn is not null)
            {
                returns.Add(now);
            }

            if (now.Nda != was?.Nda && (was is not null || now.Nda is not null))
            {
                ndaChanges.Add(new NdaChange(now.StaffId, was?.Nda, now.Nda));
            }

            if (now.AccountClosedAt is not null && was?.AccountClosedAt is null)
            {
                accountsClosed.Add(now);
            }
        }

        var removed = previous.Staff.Where(s => !after.Contains(s.StaffId)).ToList();
        return new RosterChanges(joins, departures, returns, removed, ndaChanges, accountsClosed);
    }
}
