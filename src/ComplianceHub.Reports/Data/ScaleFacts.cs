namespace ComplianceHub.Reports.Data;

/// <summary>The facts that decide which PIPL duties of scale apply (L8 officer at ≥ 1 million, L9 audit at &gt; 10 million).</summary>
/// <param name="OfficerFiledOn">When the PI-protection officer was filed with the city CAC; null if never.</param>
/// <param name="LastAuditOn">Last personal-information compliance audit; null if never.</param>
/// <param name="CriticalInfrastructure">Operator of critical information infrastructure (CAC clock 1 h instead of 4 h).</param>
/// <param name="OfficerThreshold">The rulebook's L8 threshold in force (individuals from which an officer is filed).</param>
/// <param name="AuditThreshold">The rulebook's L9 threshold in force (above which audits are due).</param>
public sealed record ScaleFacts(
    long IndividualsProcessed,
    DateOnly? OfficerFiledOn,
    DateOnly? LastAuditOn,
    bool CriticalInfrastructure,
    long OfficerThreshold = 1_000_000,
    long AuditThreshold = 10_000_000)
{
    /// <summary>L8 applies: a PI-protection officer must be filed.</summary>
    public bool OfficerRequired => IndividualsProcessed >= OfficerThreshold;

    /// <summary>L9 applies: periodic compliance audits are due.</summary>
    public bool AuditRequired => IndividualsProcessed > AuditThreshold;
}
