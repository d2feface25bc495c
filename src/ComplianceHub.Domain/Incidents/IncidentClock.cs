namespace ComplianceHub.Domain.Incidents;

/// <summary>The reporting duties that start ticking when an incident is detected (L7).</summary>
public enum IncidentClock
{
    /// <summary>Report to the local postal administration (快递暂行条例: "at once").</summary>
    Postal,

    /// <summary>Report to the provincial CAC, for 较大 and above (国家网络安全事件报告管理办法).</summary>
    Cac,

    /// <summary>Notify affected individuals (PIPL art. 57).</summary>
    Individuals,
}
