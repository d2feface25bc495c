namespace ComplianceHub.Reports.Data;

/// <summary>The facts that decide which PIPL duties of scale apply (L8 officer at ≥ 1 million, L9 audit at &gt; 10 million).</summary>
/// <param name="OfficerFiledOn">When the PI-protection officer was filed with the city CAC; null if never.</param>
/// <param name="LastAuditOn">Last personal-information compliance audit; null if never.</param>
/// <param name="CriticalInfrastructure">Operator of critical information infrastructure (CAC clock 1 h instead of 4 h).</param>
public sealed record ScaleFacts(
    long IndividualsProcessed,
    DateOnly? OfficerFiledOn,
    DateOnly? LastAuditOn,
    bool CriticalInfrastructure);
