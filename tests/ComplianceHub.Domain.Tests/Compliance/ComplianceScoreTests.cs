using ComplianceHub.Domain.Compliance;
using CsCheck;
using static ComplianceHub.Domain.Tests.Compliance.Findings;

namespace ComplianceHub.Domain.Tests.Compliance;

public sealed class ComplianceScoreTests
{
    [Fact]
    public void Deductions_by_severity_sum_to_what_the_score_lost_and_name_their_findings()
    {
        Finding[] findings =
        [
            Of("STAFF-NDA", FindingSeverity.Medium),
            Of("STAFF-TRAINING-12M", FindingSeverity.Medium),
            Of("ACCOUNT-DEPARTED-OPEN", FindingSeverity.High, "S1"),
            Of("SCALE-PROTECTION-OFFICER", FindingSeverity.Low),
        ];

        var result = ComplianceScore.Compute(findings);

        Assert.Equal(100 - 10 - 5 - 5 - 2, result.Score);
        Assert.Equal(100 - result.Score, result.Deductions.Sum(d => d.Applied));
        Assert.Equal(
            ["ACCOUNT-DEPARTED-OPEN|S1|", "STAFF-NDA||", "STAFF-TRAINING-12M||", "SCALE-PROTECTION-OFFICER||"],
            result.Deductions.Select(d => d.FindingKey));
        Assert.All(result.Deductions, d => Assert.Equal(d.Nominal, d.Applied));
        Assert.Equal(RiskLevel.Medium, result.Risk);
    }

    [Fact]
    public void One_rule_takes_at_most_its_cap_however_many_subjects_break_it()
    {
        var findings = Enumerable.Range(0, 5).Select(i => Of("ACCOUNT-DEPARTED-OPEN", FindingSeverity.High, $"S{i}"));

        var result = ComplianceScore.Compute(findings);

        Assert.Equal(70, result.Score);
        Assert.Equal([10, 10, 10, 0, 0], result.Deductions.Select(d => d.Applied));
        Assert.Contains("rule cap of 30 reached", result.Deductions[3].Note, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Deductions[0].Note);
    }

    [Fact]
    public void The_score_floors_at_zero_with_the_crossing_deduction_cut_to_fit()
    {
        var findings = ComplianceRules.All.Where(r => r.Basis != RuleBasis.RiskLead).Take(6).Select(r => Of(r.Id, FindingSeverity.Critical));

        var result = ComplianceScore.Compute(findings);

        Assert.Equal(0, result.Score);
        Assert.Equal([20, 20, 20, 20, 20, 0], result.Deductions.Select(d => d.Applied));
        Assert.Equal(RiskLevel.High, result.Risk);
    }

    [Fact]
    public void A_single_critical_finding_means_high_risk_though_the_score_is_80()
    {
        var result = ComplianceScore.Compute([Of("INCIDENT-CAC-4H", FindingSeverity.Critical, "INC-1", "open-overdue")]);

        Assert.Equal((80, RiskLevel.High), (result.Score, result.Risk));
        var lenient = ComplianceScore.Compute(
            [Of("INCIDENT-CAC-4H", FindingSeverity.Critical, "INC-1", "open-overdue")],
            ScoreOptions.Default with { CriticalFindingMeansHighRisk = false, HighFindingMeansAtLeastMediumRisk = false });
        Assert.Equal(RiskLevel.Medium, lenient.Risk);
    }

    [Fact]
    public void Risk_leads_are_listed_but_take_nothing_off_and_leave_the_risk_level_alone()
    {
        Finding[] findings =
        [
            Of("ACCESS-NIGHT-QUERY", FindingSeverity.Medium, "A1"),
            Of("ACCESS-BULK-QUERY", FindingSeverity.High, "A1"),
            Of("ACCESS-CROSS-OUTLET", FindingSeverity.High, "A2"),
            Of("WAYBILL-DECLARATION-MISMATCH", FindingSeverity.Medium),
            Of("STAFF-NDA", FindingSeverity.Medium),
        ];

        var result = ComplianceScore.Compute(findings);

        Assert.Equal((95, RiskLevel.Low), (result.Score, result.Risk));
        Assert.Equal(5, result.Deductions.Count);
        Assert.All(result.Deductions.Where(d => d.RuleId != "STAFF-NDA"), d =>
        {
            Assert.Equal(0, d.Applied);
            Assert.True(d.Nominal > 0);
            Assert.Equal(ComplianceScore.RiskLeadNote, d.Note);
        });
    }

    [Fact]
    public void Risk_leads_deduct_and_raise_the_risk_when_configured()
    {
        var result = ComplianceScore.Compute([Of("ACCESS-BULK-QUERY", FindingSeverity.High, "A1")], ScoreOptions.Default with { RiskLeadsDeduct = true });

        Assert.Equal((90, RiskLevel.Medium), (result.Score, result.Risk));
    }

    [Fact]
    public void Weights_and_risk_cut_offs_are_configuration()
    {
        var options = ScoreOptions.Default with { MediumDeduction = 20, MediumRiskBelow = 90 };

        var result = ComplianceScore.Compute([Of("STAFF-NDA", FindingSeverity.Medium)], options);

        Assert.Equal((80, RiskLevel.Medium), (result.Score, result.Risk));
        Assert.Equal(RiskLevel.Low, ComplianceScore.Compute([Of("STAFF-NDA", FindingSeverity.Medium)]).Risk);
    }

    [Fact]
    public void The_score_is_always_between_0_and_100_and_explained_exactly_by_its_deductions() =>
        Some.Sample(findings =>
        {
            var result = ComplianceScore.Compute(findings);
            Assert.InRange(result.Score, 0, 100);
            Assert.Equal(100 - result.Score, result.Deductions.Sum(d => d.Applied));
            Assert.Equal(findings.Count, result.Deductions.Count);
            Assert.All(result.Deductions, d => Assert.InRange(d.Applied, 0, d.Nominal));
            Assert.All(result.Deductions.GroupBy(d => d.RuleId), g => Assert.True(g.Sum(d => d.Applied) <= ScoreOptions.Default.PerRuleCap));
        });

    [Fact]
    public void More_findings_never_raise_the_score_nor_lower_the_risk() =>
        Gen.Select(Some, Some).Sample((some, more) =>
        {
            var before = ComplianceScore.Compute(some);
            var after = ComplianceScore.Compute(some.Concat(more).DistinctBy(f => f.Key));
            Assert.True(after.Score <= before.Score, $"{before.Score} → {after.Score}");
            Assert.True(after.Risk >= before.Risk, $"{before.Risk} → {after.Risk}");
        });

    [Fact]
    public void Finding_order_does_not_change_the_result() =>
        Gen.Select(Some, Gen.Int).Sample((findings, seed) =>
        {
            var random = new Random(seed);
            var shuffled = findings.OrderBy(_ => random.Next()).ToList();
            Assert.Equal(
                ComplianceScore.Compute(findings).Deductions.Select(d => (d.FindingKey, d.Applied)),
                ComplianceScore.Compute(shuffled).Deductions.Select(d => (d.FindingKey, d.Applied)));
        });
}
