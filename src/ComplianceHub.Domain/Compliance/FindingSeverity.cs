namespace ComplianceHub.Domain.Compliance;

/// <summary>How much a finding weighs, in rising order.</summary>
public enum FindingSeverity
{
    Low,
    Medium,
    High,
    Critical,
}
