namespace ComplianceHub.Storage.Diagnostics;

/// <summary>Who pushed a summary up the roll-up tree: an enterprise to its division and brand leaves, or a division to its parent.</summary>
public enum RollupLevel
{
    Enterprise,
    Division,
}
