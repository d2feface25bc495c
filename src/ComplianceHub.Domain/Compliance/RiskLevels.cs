namespace ComplianceHub.Domain.Compliance;

/// <summary>Wire and Chinese names of <see cref="RiskLevel"/>.</summary>
public static class RiskLevels
{
    private static readonly WireNames<RiskLevel> Names = new(
        (RiskLevel.Low, "low", "低"),
        (RiskLevel.Medium, "medium", "中"),
        (RiskLevel.High, "high", "高"));

    public static IReadOnlyList<RiskLevel> All => Names.All;

    public static string ToWireName(RiskLevel level) => Names.ToWireName(level);

    public static string ChineseName(RiskLevel level) => Names.ChineseName(level);
}
