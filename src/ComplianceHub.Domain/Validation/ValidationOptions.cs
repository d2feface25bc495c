namespace ComplianceHub.Domain.Validation;

/// <summary>How much the validators forgive; configuration, since clients' clocks drift by site.</summary>
public sealed record ValidationOptions
{
    public static ValidationOptions Default { get; } = new();

    /// <summary>A timestamp this far after the hub's clock is still accepted: client clocks drift.</summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Largest access-log record count (waybills in one log line) taken as plausible.</summary>
    public int MaxAccessCount { get; init; } = 1_000_000;

    /// <summary>Longest plausible training session in hours (multi-day courses are filed as one session).</summary>
    public decimal MaxTrainingHours { get; init; } = 100m;
}
