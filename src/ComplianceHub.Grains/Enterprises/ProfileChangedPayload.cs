namespace ComplianceHub.Grains.Enterprises;

/// <summary>The evidence payload of a registration or profile change.</summary>
public sealed record ProfileChangedPayload(
    string Name,
    string Kind,
    string Division,
    string? BrandId,
    string? PreviousDivision,
    long? IndividualsProcessed,
    DateOnly? ProtectionOfficerFiledOn,
    DateOnly? LastComplianceAuditOn,
    bool CriticalInfrastructure,
    bool CentralStateBody = false);
