namespace ComplianceHub.Domain.Compliance;

/// <summary>Wire and Chinese names of <see cref="FindingSeverity"/>.</summary>
public static class FindingSeverities
{
    public static IReadOnlyList<FindingSeverity> All { get; } =
        [FindingSeverity.Low, FindingSeverity.Medium, FindingSeverity.High, FindingSeverity.Critical];

    public static string ToWireName(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Low => "low",
        FindingSeverity.Medium => "medium",
        FindingSeverity.High => "high",
        FindingSeverity.Critical => "critical",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };

    public static string ChineseName(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Low => "轻微",
        FindingSeverity.Medium => "一般",
        FindingSeverity.High => "严重",
        FindingSeverity.Critical => "特别严重",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };

    /// <summary>One step down, not below <see cref="FindingSeverity.Low"/>: a duty met late weighs less than one still unmet.</summary>
    public static FindingSeverity OneLower(FindingSeverity severity) =>
        severity == FindingSeverity.Low ? FindingSeverity.Low : severity - 1;
}
