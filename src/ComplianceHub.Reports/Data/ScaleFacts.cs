using ComplianceHub.Domain.Compliance.Figures;
using ComplianceHub.Domain.Incidents;

namespace ComplianceHub.Reports.Data;

/// <summary>The facts that decide which PIPL duties of scale apply (L8 officer at ≥ 1 million, L9 audit at &gt; 10 million).</summary>
/// <param name="OfficerFiledOn">When the PI-protection officer was filed with the city CAC; null if never.</param>
/// <param name="LastAuditOn">Last personal-information compliance audit; null if never.</param>
/// <param name="CriticalInfrastructure">Operator of critical information infrastructure (1 h, to its protection department and the police).</param>
/// <param name="OfficerThreshold">The rulebook's L8 threshold in force (individuals from which an officer is filed).</param>
/// <param name="AuditThreshold">The rulebook's L9 threshold in force (above which audits are due).</param>
/// <param name="CentralStateBody">A department of the central and state organs or a unit under one (2 h, to its own cyberspace office).</param>
/// <param name="CyberIncidentDeadline">The deadline of the enterprise's route for a 较大以上 incident, as the rulebook is configured; null: the measures' own.</param>
/// <param name="AuditIntervalMonths">The rulebook's L9 interval in force (24 months by default).</param>
public sealed record ScaleFacts(
    long IndividualsProcessed,
    DateOnly? OfficerFiledOn,
    DateOnly? LastAuditOn,
    bool CriticalInfrastructure,
    long OfficerThreshold = 1_000_000,
    long AuditThreshold = 10_000_000,
    bool CentralStateBody = false,
    TimeSpan? CyberIncidentDeadline = null,
    int AuditIntervalMonths = 24)
{
    /// <summary>Whom a 较大以上 network-security incident is reported to (国家网络安全事件报告管理办法 第四条).</summary>
    public IncidentReportRoute Route => IncidentReportRoutes.Of(CriticalInfrastructure, CentralStateBody);

    /// <summary>The route's deadline: configured, or the measures' (1 h, 2 h, 4 h).</summary>
    public TimeSpan IncidentDeadline => CyberIncidentDeadline ?? IncidentClockOptions.Default.CyberIncidentDeadline(Route);

    /// <summary>L8 applies: a PI-protection officer must be filed.</summary>
    public bool OfficerRequired => IndividualsProcessed >= OfficerThreshold;

    /// <summary>L9 applies: periodic compliance audits are due.</summary>
    public bool AuditRequired => ComplianceAuditSchedule.Applies(IndividualsProcessed, AuditThreshold);

    /// <summary>The last day the next audit is due (the rule's own calendar); null when never audited.</summary>
    public DateOnly? AuditDueBy => ComplianceAuditSchedule.DueBy(LastAuditOn, AuditIntervalMonths);
}
