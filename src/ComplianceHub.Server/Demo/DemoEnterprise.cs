using ComplianceHub.Abstractions.Enterprises;
using ComplianceHub.Domain.Enterprises;

namespace ComplianceHub.Server.Demo;

/// <summary>One enterprise of the demo dataset.</summary>
public sealed record DemoEnterprise(
    string Id,
    string Name,
    EnterpriseKind Kind,
    string Division,
    string? BrandId,
    long? IndividualsProcessed = null,
    DateOnly? ProtectionOfficerFiledOn = null,
    DateOnly? LastComplianceAuditOn = null,
    bool CriticalInfrastructure = false,
    int QuietDays = 0)
{
    public EnterpriseProfile ToProfile() => new(
        Name, Kind, Division, BrandId, IndividualsProcessed, ProtectionOfficerFiledOn, LastComplianceAuditOn, CriticalInfrastructure);
}
