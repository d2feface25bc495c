namespace ComplianceHub.Grains.Rollups;

/// <summary>Configuration section <c>Rollups</c>: how roll-ups coalesce their pushes upward.</summary>
public sealed class RollupOptions
{
    public const string SectionName = "Rollups";

    /// <summary>
    /// A changed division pushes its summary to its parent at most once per this interval, so a burst of
    /// enterprise changes costs the nation one call per province per interval, not one per change.
    /// </summary>
    public TimeSpan PushInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// A division with children saves their summaries at most this often (and when it deactivates). A crash
    /// loses at most this much of the snapshot, which the children's answers repair right after activation.
    /// </summary>
    public TimeSpan SnapshotInterval { get; set; } = TimeSpan.FromSeconds(30);
}
