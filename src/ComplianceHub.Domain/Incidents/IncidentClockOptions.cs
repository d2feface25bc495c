namespace ComplianceHub.Domain.Incidents;

/// <summary>
/// The reporting deadlines, counted from detection. Configuration, because the sources differ on them:
/// the postal duty says "at once" with no hours, and the 2 h rule for state bodies is not modelled yet.
/// </summary>
public sealed record IncidentClockOptions
{
    public static IncidentClockOptions Default { get; } = new();

    /// <summary>CAC report deadline for 较大 and above (国家网络安全事件报告管理办法, in force 2025-11-01).</summary>
    public TimeSpan CacDeadline { get; init; } = TimeSpan.FromHours(4);

    /// <summary>CAC report deadline for operators of critical information infrastructure.</summary>
    public TimeSpan CacDeadlineCriticalInfrastructure { get; init; } = TimeSpan.FromHours(1);

    /// <summary>The lowest grade that must be reported to the CAC.</summary>
    public IncidentGrade CacMinimumGrade { get; init; } = IncidentGrade.Major;

    /// <summary>"Immediately" (快递暂行条例) read as this many hours; every incident must be reported.</summary>
    public TimeSpan PostalDeadline { get; init; } = TimeSpan.FromHours(24);

    /// <summary>PIPL art. 57 says "promptly"; applies when personal-information records were affected.</summary>
    public TimeSpan IndividualsDeadline { get; init; } = TimeSpan.FromHours(72);
}
