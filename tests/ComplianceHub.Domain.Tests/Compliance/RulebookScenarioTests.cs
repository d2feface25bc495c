using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.Incidents;
using ComplianceHub.Domain.Tests.People;
using static ComplianceHub.Domain.Tests.Compliance.Snapshots;

namespace ComplianceHub.Domain.Tests.Compliance;

/// <summary>The scenarios issue 4 names under "Done means", at domain level.</summary>
public sealed class RulebookScenarioTests
{
    [Fact]
    public void An_enterprise_that_keeps_every_duty_has_no_findings_and_scores_100_low_risk()
    {
        var findings = Rulebook.Evaluate(Clean());

        Assert.Empty(findings);
        var score = ComplianceScore.Compute(findings);
        Assert.Equal((100, RiskLevel.Low), (score.Score, score.Risk));
    }

    [Fact]
    public void A_departed_holders_account_querying_another_outlet_at_2am_gives_exactly_three_findings_with_counts()
    {
        // S9 left on 11-10 and the roster says the account was closed the next morning, yet it keeps working.
        var snapshot = Clean()
            .WithStaff(Staff.Member("S9", "A-LEFT") with { LeftOn = new DateOnly(2026, 11, 10), AccountClosedAt = China(2026, 11, 11, 9) });
        snapshot = snapshot
            .WithAccess(Enumerable.Range(0, 3).Select(d => Query("A-LEFT", China(2026, 11, 15 + d, 2, 10), outlet: "NB777", count: 40)), seq: 30)
            .WithAccess(Enumerable.Range(0, 2).Select(d => Query("A-LEFT", China(2026, 11, 18 + d, 2, 40), outlet: "NB777", count: 25)), seq: 31);

        var findings = Rulebook.Evaluate(snapshot);

        Assert.Equal(
            ["ACCOUNT-USED-AFTER-DEPARTURE", "ACCESS-CROSS-OUTLET", "ACCESS-NIGHT-QUERY"],
            findings.Select(f => f.RuleId));
        Assert.All(findings, f =>
        {
            Assert.Equal("A-LEFT", f.Subject);
            Assert.Equal(170, f.Count);
            Assert.Equal(China(2026, 11, 15, 2, 10), f.Since);
            Assert.Equal(China(2026, 11, 19, 2, 40), f.Until);
            Assert.Equal([30L, 31L], f.EvidenceSeqs);
            Assert.Contains("5 次操作、170 份运单", f.Summary, StringComparison.Ordinal);
            Assert.Contains("5 operations, 170 waybills", f.Summary, StringComparison.Ordinal);
        });
        Assert.Equal(
            [FindingSeverity.Critical, FindingSeverity.High, FindingSeverity.Medium],
            findings.Select(f => f.Severity));
    }

    [Fact]
    public void The_same_account_left_open_on_the_roster_adds_the_departed_account_finding()
    {
        var snapshot = Clean()
            .WithStaff(Staff.Member("S9", "A-LEFT") with { LeftOn = new DateOnly(2026, 11, 10) });
        snapshot = snapshot.WithAccess([Query("A-LEFT", China(2026, 11, 15, 2, 10), outlet: "NB777")], seq: 30);

        var findings = Rulebook.Evaluate(snapshot);

        Assert.Equal(4, findings.Count);
        var open = Assert.Single(findings, f => f.RuleId == "ACCOUNT-DEPARTED-OPEN");
        Assert.Equal("S9", open.Subject);
        Assert.Equal(China(2026, 11, 12, 0), open.Since);
        Assert.Equal([5L], open.EvidenceSeqs);
    }

    [Fact]
    public void A_major_leak_detected_5h_ago_not_reported_to_the_cac_is_an_open_overdue_finding()
    {
        var leak = new Incident("INC-1", IncidentKind.Leak, IncidentGrade.Jiaoda, Now.AddHours(-5), 8614, ReportedToPostalAt: Now.AddHours(-4));

        var finding = Assert.Single(Rulebook.Evaluate(Clean().WithIncident(leak)));

        Assert.Equal(("INCIDENT-CAC-4H", "INC-1", "open-overdue", FindingSeverity.Critical), (finding.RuleId, finding.Subject, finding.Condition, finding.Severity));
        Assert.Equal(Now.AddHours(-1), finding.Since);
        Assert.Equal(8614, finding.Count);
        Assert.Equal([20L], finding.EvidenceSeqs);
        Assert.Contains("已逾期 1 小时", finding.Summary, StringComparison.Ordinal);
        Assert.Contains("1 h overdue", finding.Summary, StringComparison.Ordinal);
        Assert.Equal(RiskLevel.High, ComplianceScore.Compute([finding]).Risk);
    }

    [Fact]
    public void Reporting_the_leak_late_clears_the_open_clock_but_keeps_reported_late_in_the_history()
    {
        var leak = new Incident("INC-1", IncidentKind.Leak, IncidentGrade.Jiaoda, Now.AddHours(-5), 8614, ReportedToPostalAt: Now.AddHours(-4));
        var first = FindingHistory.Merge([], Rulebook.Evaluate(Clean().WithIncident(leak)), Now);

        var later = Now.AddMinutes(30);
        var reported = Clean().WithIncident(leak with { ReportedToCacAt = later }) with { Now = later };
        var second = FindingHistory.Merge(first.Records, Rulebook.Evaluate(reported), later);

        var cleared = Assert.Single(second.Cleared);
        Assert.Equal(("INCIDENT-CAC-4H", "open-overdue"), (cleared.Finding.RuleId, cleared.Finding.Condition));
        Assert.Equal((Now, later), (cleared.OpenedAt, cleared.ClearedAt));
        var late = Assert.Single(second.Open);
        Assert.Equal(("INCIDENT-CAC-4H", "INC-1", "reported-late", FindingSeverity.High), (late.RuleId, late.Subject, late.Condition, late.Severity));
        Assert.Contains("1 h 30 min late", late.Summary, StringComparison.Ordinal);
        Assert.Equal(2, second.Records.Count);
    }

    [Fact]
    public void Every_rule_in_the_catalogue_can_fire()
    {
        var findings = Rulebook.Evaluate(Everything.Violated());

        Assert.Equal(
            ComplianceRules.All.Select(r => r.Id).Order(StringComparer.Ordinal),
            findings.Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal));
        Assert.All(findings, f => Assert.Contains(f.RuleId, ComplianceRules.All.Select(r => r.Id)));
    }
}
