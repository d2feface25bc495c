using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.Enterprises;

namespace ComplianceHub.Domain.Tests.Compliance;

public sealed class ComplianceRulesTests
{
    [Fact]
    public void Every_rule_has_a_unique_id_both_titles_a_legal_basis_and_a_domain_rule()
    {
        Assert.Equal(18, ComplianceRules.All.Count);
        Assert.Equal(ComplianceRules.All.Count, ComplianceRules.All.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(ComplianceRules.All, rule =>
        {
            Assert.Matches("^[A-Z0-9]+(-[A-Z0-9]+)+$", rule.Id);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", rule.TitleZh);
            Assert.Matches("^[A-Z]", rule.TitleEn);
            Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", rule.TitleEn);
            Assert.Matches("《.+》", rule.LegalBasis);
            Assert.All(rule.DomainRules, l => Assert.Matches("^L([1-9]|1[0-3])$", l));
            Assert.NotEmpty(rule.Binds);
            Assert.NotEmpty(rule.Citations);
            Assert.True(Enum.IsDefined(rule.Basis));
            Assert.NotEmpty(rule.DomainRules);
            Assert.Same(rule, ComplianceRules.Find(rule.Id));
        });
    }

    [Fact]
    public void No_configurable_threshold_is_written_into_a_title()
    {
        Assert.All(ComplianceRules.All, rule =>
        {
            Assert.DoesNotMatch(@"[0-9０-９]|小时|个月|万|%|：", rule.TitleZh);
            Assert.DoesNotMatch(@"[0-9]|hour|month|million|%", rule.TitleEn);
        });
    }

    [Fact]
    public void Policy_and_risk_lead_rules_say_what_is_ours()
    {
        Assert.All(ComplianceRules.All.Where(r => r.Basis != RuleBasis.LegalDuty), rule => Assert.NotEmpty(rule.BasisNote));
        Assert.Equal(RuleBasis.RiskLead, ComplianceRules.AccessNightQuery.Basis);
        Assert.Equal(RuleBasis.RiskLead, ComplianceRules.AccessBulkQuery.Basis);
        Assert.Equal(RuleBasis.Policy, ComplianceRules.IncidentNotifyIndividuals.Basis);
        Assert.Equal(RuleBasis.Policy, ComplianceRules.IncidentPostalReport.Basis);
        Assert.Equal(RuleBasis.LegalDuty, ComplianceRules.IncidentCac4H.Basis);
        Assert.Contains("立即", ComplianceRules.IncidentNotifyIndividuals.BasisNote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-12-31", "第二十一条", "第二十三条")]
    [InlineData("2026-01-01", "第二十三条", "第二十一条")]
    public void The_cybersecurity_law_is_cited_by_the_number_in_force_on_the_event_day(string day, string cited, string notCited)
    {
        var on = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

        var basis = ComplianceRules.AccessNightQuery.LegalBasisFor(on, on, EnterpriseKind.CourierOutlet);

        Assert.Contains("《网络安全法》" + cited, basis, StringComparison.Ordinal);
        Assert.DoesNotContain("《网络安全法》" + notCited, basis, StringComparison.Ordinal);
    }

    [Fact]
    public void A_finding_spanning_the_renumbering_cites_both_numbers_and_one_after_it_only_the_new()
    {
        var spanning = new Finding("ACCESS-NIGHT-QUERY", "A1", "", FindingSeverity.Medium, "", [], China(2025, 12, 31, 2), China(2026, 1, 1, 3), 5);
        var later = spanning with { Since = China(2026, 1, 5, 2), Until = China(2026, 1, 5, 3) };

        var both = ComplianceRules.LegalBasisOf(spanning, EnterpriseKind.CourierOutlet, China(2026, 2, 1, 0));
        Assert.Contains("第二十一条", both, StringComparison.Ordinal);
        Assert.Contains("第二十三条", both, StringComparison.Ordinal);
        Assert.DoesNotContain("第二十一条（2017", ComplianceRules.LegalBasisOf(later, EnterpriseKind.CourierOutlet, China(2026, 2, 1, 0)), StringComparison.Ordinal);
    }

    [Fact]
    public void Postal_duties_bind_postal_enterprises_and_are_not_cited_to_others()
    {
        Assert.Equal([EnterpriseKind.CourierOutlet, EnterpriseKind.TerminalStation], ComplianceRules.IncidentPostalReport.Binds);
        Assert.False(ComplianceRules.IncidentPostalReport.BindsKind(EnterpriseKind.CloudWarehouse));
        Assert.True(ComplianceRules.IncidentNotifyIndividuals.BindsKind(EnterpriseKind.Platform));

        var day = new DateOnly(2026, 6, 1);
        Assert.Contains("快递暂行条例", ComplianceRules.WaybillMaskCoverage.LegalBasisFor(day, day, EnterpriseKind.CourierOutlet), StringComparison.Ordinal);
        var forWarehouse = ComplianceRules.WaybillMaskCoverage.LegalBasisFor(day, day, EnterpriseKind.CloudWarehouse);
        Assert.DoesNotContain("快递暂行条例", forWarehouse, StringComparison.Ordinal);
        Assert.Contains("个人信息保护法", forWarehouse, StringComparison.Ordinal);
    }

    [Fact]
    public void Unconfirmed_provisions_say_so_and_no_draft_figure_is_cited()
    {
        var all = string.Join("\n", ComplianceRules.All.SelectMany(r => r.Citations).Select(c => c.Text));

        Assert.Contains("快递暂行条例", all, StringComparison.Ordinal);
        Assert.All(
            ComplianceRules.All.SelectMany(r => r.Citations).Where(c => c.Text.Contains("快递暂行条例", StringComparison.Ordinal)),
            c => Assert.Contains("未经核实", c.Text, StringComparison.Ordinal));
        Assert.DoesNotContain("万元", all, StringComparison.Ordinal);
    }

    [Fact]
    public void A_finding_at_the_edge_of_the_calendar_still_gets_its_citation()
    {
        var edge = new Finding("ACCESS-NIGHT-QUERY", "A1", "", FindingSeverity.Medium, "", [], DateTimeOffset.MaxValue, null, 1);

        Assert.Contains("《网络安全法》第二十三条", ComplianceRules.LegalBasisOf(edge, null, China(2026, 6, 1, 0)), StringComparison.Ordinal);
    }

    private static DateTimeOffset China(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData("WAYBILL-MASK-COVERAGE", "L1")]
    [InlineData("STAFF-NDA", "L3")]
    [InlineData("ACCOUNT-DEPARTED-OPEN", "L4")]
    [InlineData("INCIDENT-CAC-4H", "L7")]
    [InlineData("SCALE-PROTECTION-OFFICER", "L8")]
    [InlineData("SCALE-COMPLIANCE-AUDIT", "L9")]
    [InlineData("WAYBILL-ID-NUMBER", "L12")]
    [InlineData("INCIDENT-GRADE-UNDERSTATED", "L7")]
    public void Rules_cite_the_domain_rule_they_check(string id, string domainRule)
    {
        Assert.Contains(domainRule, ComplianceRules.Find(id)!.DomainRules);
    }
}
