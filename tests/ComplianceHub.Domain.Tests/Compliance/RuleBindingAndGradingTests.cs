using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.Enterprises;
using ComplianceHub.Domain.Incidents;
using static ComplianceHub.Domain.Tests.Compliance.Snapshots;

namespace ComplianceHub.Domain.Tests.Compliance;

public sealed class RuleBindingAndGradingTests
{
    private static readonly Incident UnreportedLeak = new("INC-1", IncidentKind.Leak, IncidentGrade.Jiaoda, Now.AddHours(-80), 5_000);

    [Fact]
    public void A_postal_duty_yields_no_finding_for_a_cloud_warehouse_but_pipl_duties_still_do()
    {
        var outlet = Clean().WithIncident(UnreportedLeak) with { Kind = EnterpriseKind.CourierOutlet };
        var warehouse = outlet with { Kind = EnterpriseKind.CloudWarehouse };

        Assert.Contains(Rulebook.Evaluate(outlet), f => f.RuleId == "INCIDENT-POSTAL-REPORT");
        var findings = Rulebook.Evaluate(warehouse);
        Assert.DoesNotContain(findings, f => f.RuleId == "INCIDENT-POSTAL-REPORT");
        Assert.Contains(findings, f => f.RuleId == "INCIDENT-CAC-4H");
        Assert.Contains(findings, f => f.RuleId == "INCIDENT-NOTIFY-INDIVIDUALS");
    }

    [Fact]
    public void Cross_outlet_queries_are_judged_only_for_outlets()
    {
        var snapshot = Clean().WithAccess([Query("acc-S1", China(2026, 11, 21, 10), outlet: "NB777")], seq: 40);

        Assert.Contains(Rulebook.Evaluate(snapshot with { Kind = EnterpriseKind.CourierOutlet }), f => f.RuleId == "ACCESS-CROSS-OUTLET");
        Assert.DoesNotContain(Rulebook.Evaluate(snapshot with { Kind = EnterpriseKind.TerminalStation }), f => f.RuleId == "ACCESS-CROSS-OUTLET");
    }

    [Fact]
    public void A_leak_graded_below_the_guide_is_understated_and_its_report_clock_runs_anyway()
    {
        var leak = new Incident("INC-7", IncidentKind.Leak, IncidentGrade.Yiban, Now.AddHours(-6), 12_000_000, ReportedToPostalAt: Now.AddHours(-5));

        var findings = Rulebook.Evaluate(Clean().WithIncident(leak));

        var understated = Assert.Single(findings, f => f.RuleId == "INCIDENT-GRADE-UNDERSTATED");
        Assert.Equal("INC-7", understated.Subject);
        Assert.Contains("应不低于重大", understated.Summary, StringComparison.Ordinal);
        Assert.Contains("企业定为一般", understated.Summary, StringComparison.Ordinal);
        var cac = Assert.Single(findings, f => f.RuleId == "INCIDENT-CAC-4H");
        Assert.Contains("属地省级网信部门", cac.Summary, StringComparison.Ordinal);
        Assert.Contains("按分级指南计算", cac.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_grade_at_or_above_the_computed_one_is_no_finding()
    {
        var leak = new Incident("INC-7", IncidentKind.Leak, IncidentGrade.Zhongda, Now.AddHours(-6), 12_000_000, ReportedToPostalAt: Now.AddHours(-5), ReportedToCacAt: Now.AddHours(-5));

        Assert.DoesNotContain(Rulebook.Evaluate(Clean().WithIncident(leak)), f => f.RuleId == "INCIDENT-GRADE-UNDERSTATED");
        Assert.DoesNotContain(Rulebook.Evaluate(Clean().WithIncident(leak with { RecordsAffected = 999_999, Grade = IncidentGrade.Yiban })), f => f.RuleId == "INCIDENT-GRADE-UNDERSTATED");
    }

    [Theory]
    [InlineData(true, false, "保护工作部门和公安机关", "1 小时")]
    [InlineData(false, true, "本部门网信工作机构", "2 小时")]
    [InlineData(false, false, "属地省级网信部门", "4 小时")]
    public void The_network_incident_finding_names_the_recipients_and_deadline_of_the_route(bool criticalInfrastructure, bool stateBody, string recipients, string deadline)
    {
        var snapshot = Clean().WithIncident(UnreportedLeak with { ReportedToPostalAt = Now.AddHours(-79) }) with
        {
            Scale = new ScaleProfile(50_000, null, null, criticalInfrastructure, stateBody),
        };

        var cac = Assert.Single(Rulebook.Evaluate(snapshot), f => f.RuleId == "INCIDENT-CAC-4H");

        Assert.Contains("向" + recipients + "报告", cac.Summary, StringComparison.Ordinal);
        Assert.Contains(deadline, cac.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Individuals_are_notified_not_told_in_the_wording()
    {
        var findings = Rulebook.Evaluate(Clean().WithIncident(UnreportedLeak));

        Assert.Contains("通知受影响个人", Assert.Single(findings, f => f.RuleId == "INCIDENT-NOTIFY-INDIVIDUALS").Summary, StringComparison.Ordinal);
        Assert.All(findings, f => Assert.DoesNotContain("告知", f.Summary, StringComparison.Ordinal));
    }
}
