using ComplianceHub.Domain.Time;

namespace ComplianceHub.Domain.Compliance.Figures;

/// <summary>
/// L9's calendar, in one place for the rule and every report: whether periodic audits bind the processor, the
/// last day the next one is due, and whether that day has passed (China calendar).
/// </summary>
public static class ComplianceAuditSchedule
{
    /// <summary>Above the threshold (10,000,000 individuals by default) audits are due.</summary>
    public static bool Applies(long individualsProcessed, long threshold) => individualsProcessed > threshold;

    /// <summary>The last day the next audit may be completed on: the interval after the last one; null when never audited.</summary>
    public static DateOnly? DueBy(DateOnly? lastAuditOn, int intervalMonths) =>
        lastAuditOn is { } last ? ChinaTime.AddMonthsClamped(last, intervalMonths) : null;

    /// <summary>True when audits apply and none is in force on <paramref name="today"/>: never audited, or the due day has passed.</summary>
    public static bool IsOverdue(long individualsProcessed, long threshold, DateOnly? lastAuditOn, int intervalMonths, DateOnly today) =>
        Applies(individualsProcessed, threshold) && (DueBy(lastAuditOn, intervalMonths) is not { } due || today > due);

    public static bool Applies(ScaleProfile scale, RulebookOptions options)
    {
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(options);
        return Applies(scale.IndividualsProcessed, options.ComplianceAuditThreshold);
    }

    public static DateOnly? DueBy(ScaleProfile scale, RulebookOptions options)
    {
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(options);
        return DueBy(scale.LastComplianceAuditOn, options.ComplianceAuditIntervalMonths);
    }

    public static bool IsOverdue(ScaleProfile scale, DateTimeOffset now, RulebookOptions options)
    {
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(options);
        return IsOverdue(
            scale.IndividualsProcessed, options.ComplianceAuditThreshold, scale.LastComplianceAuditOn, options.ComplianceAuditIntervalMonths,
            ChinaTime.DateOf(now));
    }
}
