namespace ComplianceHub.Domain.Rollups;

/// <summary>
/// A leaf's members (a division's own enterprises, or a brand's outlets) and their running sum. Pushes arrive
/// at least once and in any order; each carries the enterprise's version, and only a newer one counts. A
/// removal (the enterprise moved away) keeps its version as a tombstone, so a late push of an older summary
/// cannot bring the enterprise back.
/// </summary>
public sealed class EnterpriseRollupSet
{
    private readonly Dictionary<string, EnterpriseRollup> _members = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _tombstones = new(StringComparer.Ordinal);

    public RollupAggregate Aggregate { get; } = new();

    public int Count => _members.Count;

    public IEnumerable<EnterpriseRollup> Members => _members.Values;

    /// <summary>The newest version seen for <paramref name="enterpriseId"/>, member or tombstone; 0 if never.</summary>
    public long VersionOf(string enterpriseId) =>
        _members.TryGetValue(enterpriseId, out var member) ? member.Version : _tombstones.GetValueOrDefault(enterpriseId);

    /// <summary>Takes <paramref name="rollup"/> if newer than anything known of that enterprise; true when it changed the set.</summary>
    public bool Apply(EnterpriseRollup rollup)
    {
        ArgumentNullException.ThrowIfNull(rollup);
        if (rollup.Version <= VersionOf(rollup.EnterpriseId)) return false;
        if (_members.Remove(rollup.EnterpriseId, out var previous)) Aggregate.Subtract(previous);
        _tombstones.Remove(rollup.EnterpriseId);
        _members[rollup.EnterpriseId] = rollup;
        Aggregate.Add(rollup);
        return true;
    }

    /// <summary>Removes the enterprise as of <paramref name="version"/>; true when it changed the set.</summary>
    public bool Remove(string enterpriseId, long version)
    {
        ArgumentNullException.ThrowIfNull(enterpriseId);
        if (version <= VersionOf(enterpriseId)) return false;
        if (_members.Remove(enterpriseId, out var previous)) Aggregate.Subtract(previous);
        _tombstones[enterpriseId] = version;
        return true;
    }
}
