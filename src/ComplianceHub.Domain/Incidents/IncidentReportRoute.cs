namespace ComplianceHub.Domain.Incidents;

/// <summary>
/// Whom a 较大以上 network-security incident is reported to, and how fast, under 国家网络安全事件报告管理办法
/// 第四条 (in force 2025-11-01): the route follows what the operator is.
/// </summary>
public enum IncidentReportRoute
{
    /// <summary>Any other network operator: the provincial cyberspace administration where it sits (属地省级网信部门), within 4 h.</summary>
    ProvincialCac,

    /// <summary>An incident involving critical information infrastructure: the protection department (保护工作部门) and the public security organ (公安机关), within 1 h.</summary>
    CriticalInfrastructure,

    /// <summary>A department of the central and state organs or a unit directly under one: its own cyberspace office (本部门网信工作机构), within 2 h.</summary>
    CentralStateBody,
}
