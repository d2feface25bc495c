using ComplianceHub.Reports.Data;

namespace ComplianceHub.Reports.Tests.Documents;

/// <summary>The cyberspace report reads the L8/L9 duties from the thresholds in force, not from its own copies.</summary>
public sealed class ScaleFactsTests
{
    [Theory]
    [InlineData(999_999, 1_000_000, false)]
    [InlineData(1_000_000, 1_000_000, true)]
    [InlineData(600_000, 500_000, true)]
    public void The_officer_duty_follows_the_configured_threshold(long individuals, long threshold, bool required) =>
        Assert.Equal(required, new ScaleFacts(individuals, null, null, false, OfficerThreshold: threshold).OfficerRequired);

    [Theory]
    [InlineData(10_000_000, 10_000_000, false)]
    [InlineData(10_000_001, 10_000_000, true)]
    [InlineData(6_000_000, 5_000_000, true)]
    public void The_audit_duty_applies_strictly_above_the_configured_threshold(long individuals, long threshold, bool required) =>
        Assert.Equal(required, new ScaleFacts(individuals, null, null, false, AuditThreshold: threshold).AuditRequired);
}
