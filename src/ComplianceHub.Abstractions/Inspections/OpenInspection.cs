using ComplianceHub.Domain.Inspections;

namespace ComplianceHub.Abstractions.Inspections;

/// <summary>Opens (plans) an inspection of <see cref="EnterpriseId"/>; a follow-up names the inspection it follows up.</summary>
[GenerateSerializer, Immutable, Alias("chub.OpenInspection")]
public sealed record OpenInspection(
    [property: Id(0)] string EnterpriseId,
    [property: Id(1)] InspectionAuthority Authority,
    [property: Id(2)] InspectionKind Kind,
    [property: Id(3)] DateOnly PlannedOn,
    [property: Id(4)] string? FollowUpOf,
    [property: Id(5)] string Actor);
