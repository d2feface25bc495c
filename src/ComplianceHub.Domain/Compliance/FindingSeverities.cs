namespace ComplianceHub.Domain.Compliance;

/// <summary>
/// Wire and Chinese names of <see cref="FindingSeverity"/>. The Chinese names (轻度/中度/高度/极高) share no word
/// with the incident grades (一般/较大/重大/特别重大) or the risk levels (低/中/高风险) printed on the same page.
/// </summary>
public static class FindingSeverities
{
    private static readonly WireNames<FindingSeverity> Names = new(
        (FindingSeverity.Low, "low", "轻度"),
        (FindingSeverity.Medium, "medium", "中度"),
        (FindingSeverity.High, "high", "高度"),
        (FindingSeverity.Critical, "critical", "极高"));

    public static IReadOnlyList<FindingSeverity> All => Names.All;

    public static string ToWireName(FindingSeverity severity) => Names.ToWireName(severity);

    public static string ChineseName(FindingSeverity severity) => Names.ChineseName(severity);

    /// <summary>One step down, not below <see cref="FindingSeverity.Low"/>: a duty met late weighs less than one still unmet.</summary>
    public static FindingSeverity OneLower(FindingSeverity severity) =>
        severity == FindingSeverity.Low ? FindingSeverity.Low : severity - 1;
}
