using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.Enterprises;
using static ComplianceHub.Domain.Tests.Compliance.Snapshots;

namespace ComplianceHub.Domain.Tests.Compliance;

/// <summary>数据报送中断: silence from an enterprise that prints labels is a lead once it reaches the configured gap.</summary>
public sealed class LabelReportingGapRuleTests
{
    private static readonly RulebookOptions Options = RulebookOptions.Default;

    private static List<Finding> Gap(EnterpriseSnapshot snapshot, RulebookOptions? options = null) =>
        Rulebook.Evaluate(snapshot, options ?? Options).Where(f => f.RuleId == ComplianceRules.LabelReportingGap.Id).ToList();

    [Fact]
    public void Seven_days_without_a_batch_is_a_risk_lead_and_not_a_tick_before()
    {
        var since = Now.AddDays(-7);

        Assert.Empty(Gap(Clean() with { LabelsReportedSince = since.AddTicks(1) }));
        var finding = Assert.Single(Gap(Clean() with { LabelsReportedSince = since }));

        Assert.Equal(since, finding.Since);
        Assert.Equal(FindingSeverity.Medium, finding.Severity);
        Assert.Contains("数据", finding.Summary, StringComparison.Ordinal);
        Assert.Contains("2026-11-16 15:00", finding.Summary, StringComparison.Ordinal);
        Assert.Equal(RuleBasis.RiskLead, ComplianceRules.LabelReportingGap.Basis);
    }

    [Fact]
    public void The_gap_is_configuration()
    {
        var snapshot = Clean() with { LabelsReportedSince = Now.AddDays(-3) };

        Assert.Empty(Gap(snapshot));
        Assert.Single(Gap(snapshot, Options with { ReportingGapDays = 3 }));
    }

    [Fact]
    public void The_finding_does_not_change_while_the_silence_lasts()
    {
        var snapshot = Clean() with { LabelsReportedSince = Now.AddDays(-8) };

        Assert.Equal(Gap(snapshot), Gap(snapshot with { Now = Now.AddDays(40) }));
        Assert.Null(new Domain.Compliance.Rules.LabelReportingGapRule().NextChange(snapshot, Options));
    }

    [Fact]
    public void A_wake_up_is_named_for_the_day_the_gap_is_reached()
    {
        var snapshot = Clean() with { LabelsReportedSince = Now.AddDays(-2) };

        Assert.Equal(Now.AddDays(5), new Domain.Compliance.Rules.LabelReportingGapRule().NextChange(snapshot, Options));
    }

    [Theory]
    [InlineData(EnterpriseKind.TerminalStation, false)]
    [InlineData(EnterpriseKind.CourierOutlet, true)]
    [InlineData(EnterpriseKind.CloudWarehouse, true)]
    [InlineData(EnterpriseKind.Platform, true)]
    public void Only_kinds_that_print_labels_are_judged(EnterpriseKind kind, bool judged)
    {
        var snapshot = Clean() with { LabelsReportedSince = Now.AddDays(-30), Kind = kind };

        Assert.Equal(judged, Gap(snapshot).Count == 1);
    }

    [Fact]
    public void Unknown_or_unreachable_instants_judge_nothing_and_never_throw()
    {
        Assert.Empty(Gap(Clean() with { LabelsReportedSince = null }));
        Assert.Empty(Gap(Clean() with { LabelsReportedSince = DateTimeOffset.MaxValue }));
        Assert.Single(Gap(Clean() with { LabelsReportedSince = DateTimeOffset.MinValue }));
    }
}
