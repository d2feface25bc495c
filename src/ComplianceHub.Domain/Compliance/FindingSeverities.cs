namespace ComplianceHub.Domain.Compliance;

/// <summary>Wire and Chinese names of <see cref="FindingSeverity"/>.</summary>
public static class FindingSeverities
{
    private static readonly WireNames<FindingSeverity> Names = new(
        (FindingSeverity.Low, "low", "轻微"),
        (FindingSeverity.Medium, "medium", "一般"),
        (FindingSeverity.High, "high", "严重"),
        (FindingSeverity.Critical, "critical", "特别严重"));

    public static IReadOnlyList<FindingSeverity> All => Names.All;

    public static string ToWireName(FindingSeverity severity) => Names.ToWireName(severity);

    public static string ChineseName(FindingSeverity severity) => Names.ChineseName(severity);

    /// <summary>One step down, not below <see cref="FindingSeverity.Low"/>: a duty met late weighs less than one still unmet.</summary>
    public static FindingSeverity OneLower(FindingSeverity severity) =>
        severity == FindingSeverity.Low ? FindingSeverity.Low : severity - 1;
}
