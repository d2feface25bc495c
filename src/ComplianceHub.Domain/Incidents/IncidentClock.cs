namespace ComplianceHub.Domain.Incidents;

/// <summary>The reporting duties that start ticking when an incident is detected (L7).</summary>
public enum IncidentClock
{
    /// <summary>Report to the local postal administration (快递暂行条例: 立即; the hour figure is our policy).</summary>
    Postal,

    /// <summary>
    /// Report a 较大以上 network-security incident under 国家网络安全事件报告管理办法 第四条, to the recipients of the
    /// enterprise's <see cref="IncidentReportRoute"/> (provincial CAC; protection department and public security
    /// organ; or the body's own cyberspace office).
    /// </summary>
    CyberIncident,

    /// <summary>Notify affected individuals (PIPL art. 57: 立即; the hour figure is our policy).</summary>
    Individuals,
}
