namespace ComplianceHub.Domain.Incidents;

/// <summary>
/// The reporting deadlines, counted from detection, and the grading thresholds. The network-incident deadlines
/// and thresholds default to 国家网络安全事件报告管理办法 and its 分级指南; the postal and individuals' deadlines
/// are our policy (the law says 立即 with no hours). All are configuration.
/// </summary>
public sealed record IncidentClockOptions
{
    public static IncidentClockOptions Default { get; } = new();

    /// <summary>Other network operators to the provincial CAC, for 较大以上 (办法 第四条: 最迟不得超过 4 小时).</summary>
    public TimeSpan CacDeadline { get; init; } = TimeSpan.FromHours(4);

    /// <summary>Critical information infrastructure to its protection department and the public security organ (1 小时).</summary>
    public TimeSpan CacDeadlineCriticalInfrastructure { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Central and state organs and units directly under them to their own cyberspace office (2 小时).</summary>
    public TimeSpan CacDeadlineCentralStateBody { get; init; } = TimeSpan.FromHours(2);

    /// <summary>The lowest grade that must be reported under the measures (较大以上).</summary>
    public IncidentGrade CacMinimumGrade { get; init; } = IncidentGrade.Jiaoda;

    /// <summary>Our reading of 立即 (快递暂行条例) in hours: policy, not law. Every incident must be reported.</summary>
    public TimeSpan PostalDeadline { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Our reading of 立即 (PIPL art. 57) in hours: policy, not law; applies when personal-information records were affected.</summary>
    public TimeSpan IndividualsDeadline { get; init; } = TimeSpan.FromHours(72);

    /// <summary>分级指南: leaking personal information of this many individuals or more is 较大.</summary>
    public long JiaodaFromRecords { get; init; } = 1_000_000;

    /// <summary>分级指南: this many or more is 重大.</summary>
    public long ZhongdaFromRecords { get; init; } = 10_000_000;

    /// <summary>分级指南: this many or more is 特别重大.</summary>
    public long TebieZhongdaFromRecords { get; init; } = 100_000_000;

    public TimeSpan CyberIncidentDeadline(IncidentReportRoute route) => route switch
    {
        IncidentReportRoute.CriticalInfrastructure => CacDeadlineCriticalInfrastructure,
        IncidentReportRoute.CentralStateBody => CacDeadlineCentralStateBody,
        _ => CacDeadline,
    };
}
