namespace ComplianceHub.Server.Enterprises;

/// <summary>Body of <c>PUT /api/v1/enterprises/{id}</c>. Every member is nullable so a missing one is named, not defaulted.</summary>
/// <param name="Name">Business name, 1–100 characters.</param>
/// <param name="Kind"><c>courier-outlet</c>, <c>cloud-warehouse</c>, <c>platform</c> or <c>terminal-station</c>.</param>
/// <param name="Division">GB/T 2260 six-digit code (city or county) from the shipped table.</param>
/// <param name="BrandId">Franchisor id (lowercase letters, digits, '-'), for franchised outlets.</param>
/// <param name="IndividualsProcessed">Individuals whose personal information it processes (0 to 10 billion), if declared.</param>
/// <param name="ProtectionOfficerFiledOn">Date (yyyy-MM-dd) its PI-protection officer was filed with the city CAC.</param>
/// <param name="LastComplianceAuditOn">Date (yyyy-MM-dd) its last PI compliance audit was completed.</param>
/// <param name="CriticalInfrastructure">Whether it operates critical information infrastructure (default false).</param>
/// <param name="CentralStateBody">Whether it is a department of the central and state organs or a unit directly under one (default false):
/// a 较大以上 incident then goes to its own cyberspace office within 2 h.</param>
public sealed record RegisterEnterpriseRequest(
    string? Name,
    string? Kind,
    string? Division,
    string? BrandId,
    long? IndividualsProcessed = null,
    DateOnly? ProtectionOfficerFiledOn = null,
    DateOnly? LastComplianceAuditOn = null,
    bool? CriticalInfrastructure = null,
    bool? CentralStateBody = null);
