namespace ComplianceHub.Domain.Compliance;

/// <summary>The one way the checks pick their next change on the clock: the earliest candidate strictly after now.</summary>
public static class NextChanges
{
    public static DateTimeOffset? Earliest(DateTimeOffset now, IEnumerable<DateTimeOffset> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        DateTimeOffset? earliest = null;
        foreach (var candidate in candidates)
        {
            if (candidate > now && (earliest is null || candidate < earliest))
            {
                earliest = candidate;
            }
        }

        return earliest;
    }
}
