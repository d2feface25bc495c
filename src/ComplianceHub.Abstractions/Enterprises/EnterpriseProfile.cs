using ComplianceHub.Domain.Enterprises;

namespace ComplianceHub.Abstractions.Enterprises;

/// <summary>What an enterprise is registered as: the facts a regulator files it under.</summary>
/// <param name="Name">Business name (a company name is not personal information).</param>
/// <param name="Kind">Courier outlet, cloud warehouse, platform or terminal station.</param>
/// <param name="Division">GB/T 2260 six-digit code of the county (or city) it sits in.</param>
/// <param name="BrandId">The franchisor it belongs to, if any (L5: the franchisor answers for its outlets).</param>
/// <param name="IndividualsProcessed">How many individuals' personal information it processes, as declared (L8, L9 thresholds).</param>
/// <param name="ProtectionOfficerFiledOn">When its PI-protection officer was filed with the city CAC (L8), if ever.</param>
/// <param name="LastComplianceAuditOn">When its last PI compliance audit was completed (L9), if ever.</param>
/// <param name="CriticalInfrastructure">A critical-information-infrastructure operator: a 较大以上 incident goes to its protection department and the public security organ within 1 h (L7).</param>
/// <param name="CentralStateBody">A department of the central and state organs or a unit directly under one: to its own cyberspace office within 2 h (L7).</param>
[GenerateSerializer, Immutable, Alias("chub.EnterpriseProfile")]
public sealed record EnterpriseProfile(
    [property: Id(0)] string Name,
    [property: Id(1)] EnterpriseKind Kind,
    [property: Id(2)] string Division,
    [property: Id(3)] string? BrandId,
    [property: Id(4)] long? IndividualsProcessed = null,
    [property: Id(5)] DateOnly? ProtectionOfficerFiledOn = null,
    [property: Id(6)] DateOnly? LastComplianceAuditOn = null,
    [property: Id(7)] bool CriticalInfrastructure = false,
    [property: Id(8)] bool CentralStateBody = false);
