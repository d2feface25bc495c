namespace ComplianceHub.Domain.Incidents;

/// <summary>
/// The grade 网络安全事件分级指南 gives an incident from what can be confirmed of it: the personal information it
/// leaked. The guide counts individuals (泄露 100 万人 / 1000 万人 / 1 亿人以上公民个人信息, "以上" including the
/// number); the hub knows records, so the records affected are read as individuals (an upper bound when several
/// records are one person's). Below the 较大 threshold the guide's other criteria decide, so no grade is computed.
/// </summary>
public static class IncidentGrading
{
    /// <summary>The grade the records alone establish, or null when they establish none.</summary>
    public static IncidentGrade? FromRecords(long recordsAffected, IncidentClockOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return recordsAffected >= options.TebieZhongdaFromRecords ? IncidentGrade.TebieZhongda
            : recordsAffected >= options.ZhongdaFromRecords ? IncidentGrade.Zhongda
            : recordsAffected >= options.JiaodaFromRecords ? IncidentGrade.Jiaoda
            : null;
    }

    /// <summary>The grade reporting follows: the enterprise's own, or the computed one when that is higher.</summary>
    public static IncidentGrade Effective(Incident incident, IncidentClockOptions options)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return FromRecords(incident.RecordsAffected, options) is { } computed && computed > incident.Grade ? computed : incident.Grade;
    }
}
