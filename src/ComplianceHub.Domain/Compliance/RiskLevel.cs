namespace ComplianceHub.Domain.Compliance;

/// <summary>The risk level regulators rank their jurisdiction by: 低 / 中 / 高.</summary>
public enum RiskLevel
{
    Low,
    Medium,
    High,
}
