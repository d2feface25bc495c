namespace ComplianceHub.Domain.Compliance;

/// <summary>The profile facts the scale duties (L8, L9) and the CAC clock read.</summary>
/// <param name="IndividualsProcessed">How many individuals' personal information the enterprise processes.</param>
/// <param name="LastComplianceAuditOn">The last PI-protection compliance audit (L9).</param>
/// <param name="ProtectionOfficerFiledOn">When the PI-protection officer was filed with the city CAC (L8).</param>
/// <param name="CriticalInfrastructure">Operator of critical information infrastructure: the CAC clock is shorter.</param>
public sealed record ScaleProfile(
    long IndividualsProcessed,
    DateOnly? LastComplianceAuditOn,
    DateOnly? ProtectionOfficerFiledOn,
    bool CriticalInfrastructure)
{
    public static ScaleProfile None { get; } = new(0, null, null, false);
}
