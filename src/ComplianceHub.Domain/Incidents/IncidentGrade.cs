namespace ComplianceHub.Domain.Incidents;

/// <summary>
/// The four grades of 国家网络安全事件报告管理办法 (网络安全事件分级指南), in rising order so
/// <c>grade &gt;= Jiaoda</c> reads as "较大以上" (the grades that must be reported). Named by their own
/// romanisation: an English "major" was read as 重大 when it meant 较大. Values are stored: never reorder.
/// </summary>
public enum IncidentGrade
{
    /// <summary>一般.</summary>
    Yiban,

    /// <summary>较大.</summary>
    Jiaoda,

    /// <summary>重大.</summary>
    Zhongda,

    /// <summary>特别重大.</summary>
    TebieZhongda,
}
