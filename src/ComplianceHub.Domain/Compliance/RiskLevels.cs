namespace ComplianceHub.Domain.Compliance;

/// <summary>Wire and Chinese names of <see cref="RiskLevel"/>.</summary>
public static class RiskLevels
{
    public static IReadOnlyList<RiskLevel> All { get; } = [RiskLevel.Low, RiskLevel.Medium, RiskLevel.High];

    public static string ToWireName(RiskLevel level) => level switch
    {
        RiskLevel.Low => "low",
        RiskLevel.Medium => "medium",
        RiskLevel.High => "high",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public static string ChineseName(RiskLevel level) => level switch
    {
        RiskLevel.Low => "低",
        RiskLevel.Medium => "中",
        RiskLevel.High => "高",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };
}
