namespace ComplianceHub.Domain.Access;

/// <summary>Every threshold the access detector applies: configuration, never literals in the detector.</summary>
public sealed record AccessDetectionOptions
{
    public static AccessDetectionOptions Default { get; } = new();

    /// <summary>More waybills than this by one account in one China clock hour is a bulk query.</summary>
    public long BulkThresholdPerHour { get; init; } = 500;

    /// <summary>Start of the night window, China time (inclusive).</summary>
    public TimeOnly NightStarts { get; init; } = new(0, 0);

    /// <summary>End of the night window, China time (exclusive); a window may wrap past midnight (23:00–05:00).</summary>
    public TimeOnly NightEnds { get; init; } = new(5, 0);

    /// <summary>Actions that count towards cross-outlet use: another outlet's waybill should not be touched at all.</summary>
    public IReadOnlySet<AccessAction> CrossOutletActions { get; init; } = new HashSet<AccessAction> { AccessAction.Query, AccessAction.Print, AccessAction.Export };

    /// <summary>
    /// Actions that count towards bulk and night detections. Printing is left out by default: cloud warehouses
    /// print labels through the night shift as normal work, while queries and exports are how data leaves.
    /// </summary>
    public IReadOnlySet<AccessAction> BulkAndNightActions { get; init; } = new HashSet<AccessAction> { AccessAction.Query, AccessAction.Export };

    /// <summary>
    /// How long an hour's tally stays open for late records, measured back from the latest record seen. After
    /// that it is judged once and dropped, which keeps the summary compact; records arriving later than this
    /// for an already judged hour are judged on their own.
    /// </summary>
    public TimeSpan OpenHourHorizon { get; init; } = TimeSpan.FromHours(48);

    public bool IsNight(TimeOnly localTime) => NightStarts <= NightEnds
        ? localTime >= NightStarts && localTime < NightEnds
        : localTime >= NightStarts || localTime < NightEnds;
}
