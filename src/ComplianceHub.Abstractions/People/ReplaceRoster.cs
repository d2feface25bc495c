using ComplianceHub.Domain.People;

namespace ComplianceHub.Abstractions.People;

/// <summary>A full staff roster, already validated, replacing the last one. Idempotent by <see cref="BatchId"/>.</summary>
[GenerateSerializer, Immutable, Alias("chub.ReplaceRoster")]
public sealed record ReplaceRoster(
    [property: Id(0)] string BatchId,
    [property: Id(1)] StaffRoster Roster,
    [property: Id(2)] string Actor,
    [property: Id(3)] string ContentDigest = "");
