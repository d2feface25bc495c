namespace ComplianceHub.Domain.Incidents;

/// <summary>
/// The four grades of 国家网络安全事件报告管理办法, in rising order so <c>grade &gt;= Major</c> reads as
/// "较大 and above" (the grades that start the CAC clock).
/// </summary>
public enum IncidentGrade
{
    /// <summary>一般.</summary>
    General,

    /// <summary>较大.</summary>
    Major,

    /// <summary>重大.</summary>
    Serious,

    /// <summary>特别重大.</summary>
    Critical,
}
