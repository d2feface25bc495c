namespace ComplianceHub.Reports.Layout;

/// <summary>Badge text and colours per risk level (colours chosen to keep white text legible in print).</summary>
public static class RiskBadgeStyle
{
    public static string Label(RiskLevel level) => level switch
    {
        RiskLevel.Low => "低风险",
        RiskLevel.Medium => "中风险",
        RiskLevel.High => "高风险",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "未知风险等级 / unknown risk level"),
    };

    public static uint Fill(RiskLevel level) => level switch
    {
        RiskLevel.Low => 0xFF2E7D32, // green
        RiskLevel.Medium => 0xFFB26A00, // amber
        RiskLevel.High => 0xFFC62828, // red
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "未知风险等级 / unknown risk level"),
    };
}
