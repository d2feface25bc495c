namespace ComplianceHub.Reports.Layout;

/// <summary>Risk level shown as a coloured badge: 低 green, 中 amber, 高 red.</summary>
public enum RiskLevel
{
    Low,
    Medium,
    High,
}
