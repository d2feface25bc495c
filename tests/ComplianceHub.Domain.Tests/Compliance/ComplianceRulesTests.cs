using ComplianceHub.Domain.Compliance;

namespace ComplianceHub.Domain.Tests.Compliance;

public sealed class ComplianceRulesTests
{
    [Fact]
    public void Every_rule_has_a_unique_id_both_titles_a_legal_basis_and_a_domain_rule()
    {
        Assert.Equal(14, ComplianceRules.All.Count);
        Assert.Equal(ComplianceRules.All.Count, ComplianceRules.All.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(ComplianceRules.All, rule =>
        {
            Assert.Matches("^[A-Z0-9]+(-[A-Z0-9]+)+$", rule.Id);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", rule.TitleZh);
            Assert.Matches("^[A-Z]", rule.TitleEn);
            Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", rule.TitleEn);
            Assert.Matches("《.+》", rule.LegalBasis);
            Assert.All(rule.DomainRules, l => Assert.Matches("^L([1-9]|1[01])$", l));
            Assert.NotEmpty(rule.DomainRules);
            Assert.Same(rule, ComplianceRules.Find(rule.Id));
        });
    }

    [Theory]
    [InlineData("WAYBILL-MASK-COVERAGE", "L1")]
    [InlineData("STAFF-NDA", "L3")]
    [InlineData("ACCOUNT-DEPARTED-OPEN", "L4")]
    [InlineData("INCIDENT-CAC-4H", "L7")]
    [InlineData("SCALE-PROTECTION-OFFICER", "L8")]
    [InlineData("SCALE-COMPLIANCE-AUDIT", "L9")]
    public void Rules_cite_the_domain_rule_they_check(string id, string domainRule)
    {
        Assert.Contains(domainRule, ComplianceRules.Find(id)!.DomainRules);
    }
}
