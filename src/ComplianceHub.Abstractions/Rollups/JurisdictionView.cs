using ComplianceHub.Domain.Rollups;

namespace ComplianceHub.Abstractions.Rollups;

/// <summary>A division's roll-up as a query sees it.</summary>
/// <param name="Summary">Everything under the division: its own enterprises and all its children's.</param>
/// <param name="DirectMembers">Enterprises registered at this code itself (a city-level registration).</param>
/// <param name="Children">Children that have (or had) enterprises, in code order.</param>
[GenerateSerializer, Immutable, Alias("chub.JurisdictionView")]
public sealed record JurisdictionView(
    [property: Id(0)] string Code,
    [property: Id(1)] RollupSummary Summary,
    [property: Id(2)] int DirectMembers,
    [property: Id(3)] IReadOnlyList<ChildAggregate> Children);
