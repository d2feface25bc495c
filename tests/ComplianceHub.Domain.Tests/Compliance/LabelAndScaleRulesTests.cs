using ComplianceHub.Domain.Compliance;
using static ComplianceHub.Domain.Tests.Compliance.Snapshots;

namespace ComplianceHub.Domain.Tests.Compliance;

public sealed class LabelAndScaleRulesTests
{
    private static IReadOnlyList<Finding> Evaluate(EnterpriseSnapshot snapshot) => Rulebook.Evaluate(snapshot);

    [Fact]
    public void Coverage_below_target_by_declaration_alone_is_a_finding_counting_the_unmasked()
    {
        var snapshot = Clean() with { Labels = Clean().Labels! with { DeclaredMasked = 29_000 } };

        var finding = Assert.Single(Evaluate(snapshot));

        Assert.Equal(("WAYBILL-MASK-COVERAGE", "declared-below-target", 1_000L), (finding.RuleId, finding.Condition, finding.Count));
        Assert.Contains("申报隐私面单覆盖率 96.67%", finding.Summary, StringComparison.Ordinal);
        Assert.Equal([10L, 11L, 12L], finding.EvidenceSeqs);
    }

    [Fact]
    public void No_samples_means_only_the_declaration_is_judged()
    {
        var snapshot = Clean() with { Labels = Clean().Labels! with { SamplesChecked = 0, CompliantSamples = 0 } };

        Assert.Empty(Evaluate(snapshot));
    }

    [Fact]
    public void No_label_data_yet_is_no_label_finding()
    {
        Assert.Empty(Evaluate(Clean() with { Labels = null }));
    }

    [Fact]
    public void Declarations_contradicted_beyond_the_margin_are_false_and_cite_those_batches()
    {
        var snapshot = Clean() with
        {
            Labels = Clean().Labels! with
            {
                CompliantSamples = 580,
                FalseDeclarationBatches = 2,
                ContradictedBatches = [new(12, new DateOnly(2026, 11, 2), 100, 10), new(11, new DateOnly(2026, 11, 1), 100, 10)],
            },
            Evidence = Refs with { FalseDeclarationBatches = [12, 11] },
        };

        var findings = Evaluate(snapshot);

        var finding = Assert.Single(findings, f => f.RuleId == "WAYBILL-FALSE-DECLARATION");
        Assert.Equal(2, finding.Count);
        Assert.Equal([11L, 12L], finding.EvidenceSeqs);
        Assert.Equal(FindingSeverity.High, finding.Severity);
        Assert.Contains("超出容差", finding.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain(findings, f => f.RuleId == "WAYBILL-DECLARATION-MISMATCH");
    }

    [Theory]
    [InlineData(100, 1)]
    [InlineData(100, 2)]
    [InlineData(1_000, 40)]
    public void A_batch_within_the_margin_is_a_mismatch_not_a_false_declaration(long samples, long failing)
    {
        var snapshot = Clean() with
        {
            Labels = Clean().Labels! with
            {
                CompliantSamples = 600 - failing,
                FalseDeclarationBatches = 1,
                ContradictedBatches = [new(11, new DateOnly(2026, 11, 1), samples, failing)],
            },
            Evidence = Refs with { FalseDeclarationBatches = [11] },
        };

        var findings = Evaluate(snapshot);

        var mismatch = Assert.Single(findings, f => f.RuleId == "WAYBILL-DECLARATION-MISMATCH");
        Assert.Equal([11L], mismatch.EvidenceSeqs);
        Assert.Equal(1, mismatch.Count);
        Assert.Contains("不认定为虚报", mismatch.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain(findings, f => f.RuleId == "WAYBILL-FALSE-DECLARATION");
        Assert.Equal(RuleBasis.RiskLead, ComplianceRules.Find(mismatch.RuleId)!.Basis);
    }

    [Fact]
    public void The_margin_is_configuration()
    {
        var snapshot = Clean() with
        {
            Labels = Clean().Labels! with
            {
                CompliantSamples = 599, FalseDeclarationBatches = 1, ContradictedBatches = [new(11, new DateOnly(2026, 11, 1), 100, 1)],
            },
            Evidence = Refs with { FalseDeclarationBatches = [11] },
        };
        var strict = RulebookOptions.Default with { FalseDeclarationMinFailingSamples = 1, FalseDeclarationMinFailingShare = 0.01 };

        Assert.Contains(Rulebook.Evaluate(snapshot, strict), f => f.RuleId == "WAYBILL-FALSE-DECLARATION");
        Assert.DoesNotContain(Rulebook.Evaluate(snapshot), f => f.RuleId == "WAYBILL-FALSE-DECLARATION");
    }

    [Fact]
    public void Contradicted_batches_the_hub_no_longer_holds_figures_of_count_as_mismatches()
    {
        var snapshot = Clean() with
        {
            Labels = Clean().Labels! with { CompliantSamples = 590, FalseDeclarationBatches = 3, ContradictedBatches = [new(12, new DateOnly(2026, 11, 2), 50, 10)] },
            Evidence = Refs with { FalseDeclarationBatches = [12] },
        };

        var findings = Evaluate(snapshot);

        Assert.Equal(1, Assert.Single(findings, f => f.RuleId == "WAYBILL-FALSE-DECLARATION").Count);
        Assert.Equal(2, Assert.Single(findings, f => f.RuleId == "WAYBILL-DECLARATION-MISMATCH").Count);
    }

    [Fact]
    public void Identity_numbers_on_sampled_labels_are_a_finding_counting_the_samples()
    {
        var snapshot = Clean() with { Labels = Clean().Labels! with { CompliantSamples = 597, IdNumberSamples = 3 } };

        var finding = Assert.Single(Evaluate(snapshot), f => f.RuleId == "WAYBILL-ID-NUMBER");

        Assert.Equal(3, finding.Count);
        Assert.Contains("印有身份证件号码", finding.Summary, StringComparison.Ordinal);
        Assert.Equal(RuleBasis.LegalDuty, ComplianceRules.WaybillIdNumberPrinted.Basis);
    }

    [Theory]
    [InlineData(999_999, null, false)]
    [InlineData(1_000_000, null, true)]
    [InlineData(5_000_000, "2025-01-01", false)]
    public void Protection_officer_is_due_from_one_million_individuals(long individuals, string? filedOn, bool finding)
    {
        var snapshot = Clean() with { Scale = new ScaleProfile(individuals, null, filedOn is null ? null : DateOnly.Parse(filedOn, System.Globalization.CultureInfo.InvariantCulture), false) };

        Assert.Equal(finding, Evaluate(snapshot).Any(f => f.RuleId == "SCALE-PROTECTION-OFFICER"));
    }

    [Theory]
    [InlineData(10_000_000, null, false)]
    [InlineData(10_000_001, null, true)]
    [InlineData(10_000_001, "2024-11-23", false)]
    [InlineData(10_000_001, "2024-11-22", true)]
    public void Compliance_audit_is_due_every_two_years_above_ten_million(long individuals, string? auditedOn, bool finding)
    {
        var audited = auditedOn is null ? (DateOnly?)null : DateOnly.Parse(auditedOn, System.Globalization.CultureInfo.InvariantCulture);
        var snapshot = Clean() with { Scale = new ScaleProfile(individuals, audited, new DateOnly(2020, 1, 1), false) };

        Assert.Equal(finding, Evaluate(snapshot).Any(f => f.RuleId == "SCALE-COMPLIANCE-AUDIT"));
    }
}
