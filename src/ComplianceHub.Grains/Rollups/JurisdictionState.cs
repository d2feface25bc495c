namespace ComplianceHub.Grains.Rollups;

/// <summary>
/// The only thing a division persists: which children ever pushed to it, so that on activation it asks those
/// (and not every division in the catalogue) for their summaries. Written once per new child, not per change.
/// </summary>
[GenerateSerializer, Immutable, Alias("chub.JurisdictionState")]
public sealed record JurisdictionState
{
    [Id(0)] public IReadOnlyList<string> Children { get; init; } = [];
}
