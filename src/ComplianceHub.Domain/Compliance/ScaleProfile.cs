using ComplianceHub.Domain.Incidents;

namespace ComplianceHub.Domain.Compliance;

/// <summary>The profile facts the scale duties (L8, L9) and the network-incident clock read.</summary>
/// <param name="IndividualsProcessed">How many individuals' personal information the enterprise processes.</param>
/// <param name="LastComplianceAuditOn">The last PI-protection compliance audit (L9).</param>
/// <param name="ProtectionOfficerFiledOn">When the PI-protection officer was filed with the city CAC (L8).</param>
/// <param name="CriticalInfrastructure">Operator of critical information infrastructure: 1 h, to its protection department and the police.</param>
/// <param name="CentralStateBody">A department of the central and state organs or a unit directly under one: 2 h, to its own cyberspace office.</param>
public sealed record ScaleProfile(
    long IndividualsProcessed,
    DateOnly? LastComplianceAuditOn,
    DateOnly? ProtectionOfficerFiledOn,
    bool CriticalInfrastructure,
    bool CentralStateBody = false)
{
    public static ScaleProfile None { get; } = new(0, null, null, false);

    /// <summary>Whom a 较大以上 network-security incident is reported to (国家网络安全事件报告管理办法 第四条).</summary>
    public IncidentReportRoute ReportRoute => IncidentReportRoutes.Of(CriticalInfrastructure, CentralStateBody);
}
