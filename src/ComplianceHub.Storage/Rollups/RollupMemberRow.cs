namespace ComplianceHub.Storage.Rollups;

/// <summary>
/// One enterprise as a roll-up leaf knows it: its versioned summary as JSON, or a tombstone (null JSON) once it
/// moved away, which keeps the version so an older summary cannot bring it back.
/// </summary>
public sealed record RollupMemberRow(string EnterpriseId, long Version, string? SummaryJson);
