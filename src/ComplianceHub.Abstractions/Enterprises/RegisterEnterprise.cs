namespace ComplianceHub.Abstractions.Enterprises;

/// <summary>Create or update an enterprise's profile.</summary>
/// <param name="Profile">The validated profile.</param>
/// <param name="Actor">Who asks (kept in the evidence log), e.g. <c>regulator.postal:alice</c>.</param>
[GenerateSerializer, Immutable, Alias("chub.RegisterEnterprise")]
public sealed record RegisterEnterprise(
    [property: Id(0)] EnterpriseProfile Profile,
    [property: Id(1)] string Actor);
