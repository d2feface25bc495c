using ComplianceHub.Domain.Enterprises;

namespace ComplianceHub.Abstractions.Enterprises;

/// <summary>What an enterprise is registered as: the facts a regulator files it under.</summary>
/// <param name="Name">Business name (a company name is not personal information).</param>
/// <param name="Kind">Courier outlet, cloud warehouse, platform or terminal station.</param>
/// <param name="Division">GB/T 2260 six-digit code of the county (or city) it sits in.</param>
/// <param name="BrandId">The franchisor it belongs to, if any (L5: the franchisor answers for its outlets).</param>
[GenerateSerializer, Immutable, Alias("chub.EnterpriseProfile")]
public sealed record EnterpriseProfile(
    [property: Id(0)] string Name,
    [property: Id(1)] EnterpriseKind Kind,
    [property: Id(2)] string Division,
    [property: Id(3)] string? BrandId);
