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
    public void False_declarations_cite_the_offending_batches()
    {
        var snapshot = Clean() with
        {
            Labels = Clean().Labels! with { CompliantSamples = 590, FalseDeclarationBatches = 2 },
            Evidence = Refs with { FalseDeclarationBatches = [12, 11] },
        };

        var finding = Assert.Single(Evaluate(snapshot), f => f.RuleId == "WAYBILL-FALSE-DECLARATION");

        Assert.Equal(2, finding.Count);
        Assert.Equal([11L, 12L], finding.EvidenceSeqs);
        Assert.Equal(FindingSeverity.Critical, finding.Severity);
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
