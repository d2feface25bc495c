namespace ComplianceHub.Abstractions.Enterprises;

/// <summary>The outcome of <see cref="IEnterpriseGrain.Register"/>.</summary>
/// <param name="Created">True when this call registered the enterprise for the first time.</param>
/// <param name="Changed">False when the profile was already exactly this (nothing was written).</param>
[GenerateSerializer, Immutable, Alias("chub.RegistrationResult")]
public sealed record RegistrationResult(
    [property: Id(0)] EnterpriseView Enterprise,
    [property: Id(1)] bool Created,
    [property: Id(2)] bool Changed);
