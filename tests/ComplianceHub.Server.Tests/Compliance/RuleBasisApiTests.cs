using System.Net;
using System.Net.Http.Json;
using ComplianceHub.Server.Compliance;
using ComplianceHub.Server.Enterprises;
using ComplianceHub.Server.Tests.Infrastructure;
using static ComplianceHub.Server.Tests.Compliance.ComplianceScenario;

namespace ComplianceHub.Server.Tests.Compliance;

/// <summary>What the findings API says about the law: basis, kinds bound, citations for the enterprise's kind and day, grading.</summary>
public sealed class RuleBasisApiTests(HubFactory hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_night_query_is_a_risk_lead_that_costs_no_points_and_cites_the_log_duty_in_force()
    {
        var outlet = await OutletAsync(hub);
        var yesterday = ChinaToday.AddDays(-1);
        var logs = await outlet.PostAsync("access-logs", new
        {
            batchId = "night-1",
            records = new[] { new { account = "acc-x1", at = At(yesterday, 2, 10), action = "query", waybillOutlet = "NB001", count = 3 } },
        });
        Assert.Equal(HttpStatusCode.Created, logs.StatusCode);

        var findings = await outlet.FindingsAsync();

        var night = Assert.Single(findings.Findings, f => f.RuleId == "ACCESS-NIGHT-QUERY");
        Assert.Equal(("risk-lead", "风险线索"), (night.Basis, night.BasisName));
        Assert.Contains("夜间查询不违反任何义务", night.BasisNote, StringComparison.Ordinal);
        Assert.Equal(["courier-outlet", "cloud-warehouse", "platform", "terminal-station"], night.Binds);
        var expected = yesterday >= new DateOnly(2026, 1, 1) ? "《网络安全法》第二十三条" : "《网络安全法》第二十一条";
        Assert.Contains(expected, night.LegalBasis, StringComparison.Ordinal);
        Assert.Equal(100, findings.Score);
        Assert.Equal("low", findings.Risk);
        Assert.Equal(0, Assert.Single(findings.Deductions).Applied);
    }

    [Fact]
    public async Task A_postal_duty_is_not_judged_for_a_cloud_warehouse_and_an_understated_grade_is_a_finding()
    {
        var admin = await hub.AsAsync("admin");
        var id = TestEnterprises.NewId();
        Assert.Equal(HttpStatusCode.Created, (await admin.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile(kind: "cloud-warehouse", brandId: null))).StatusCode);
        var warehouse = await hub.AsAsync("enterprise", enterprise: id);
        var detected = DateTimeOffset.UtcNow.AddDays(-5);
        var incident = await warehouse.PostAsJsonAsync($"/api/v1/enterprises/{id}/incidents", new
        {
            incidentId = "INC-BIG", kind = "leak", grade = "一般", detectedAt = Iso(detected), recordsAffected = 2_500_000,
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, incident.StatusCode);

        var findings = (await warehouse.GetFromJsonAsync<FindingsResponse>($"/api/v1/enterprises/{id}/findings", Ct))!.Findings;

        Assert.DoesNotContain(findings, f => f.RuleId == "INCIDENT-POSTAL-REPORT");
        var understated = Assert.Single(findings, f => f.RuleId == "INCIDENT-GRADE-UNDERSTATED");
        Assert.Equal("legal-duty", understated.Basis);
        Assert.Contains("应不低于较大", understated.Summary, StringComparison.Ordinal);
        var report = Assert.Single(findings, f => f.RuleId == "INCIDENT-CAC-4H");
        Assert.Contains("向属地省级网信部门报告", report.Summary, StringComparison.Ordinal);
        var notify = Assert.Single(findings, f => f.RuleId == "INCIDENT-NOTIFY-INDIVIDUALS");
        Assert.Equal("policy", notify.Basis);
        Assert.DoesNotContain("快递暂行条例", notify.LegalBasis, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_central_state_body_is_registered_and_read_back_and_reports_to_its_own_office_in_two_hours()
    {
        var admin = await hub.AsAsync("admin");
        var id = TestEnterprises.NewId();
        var profile = new { name = "某部直属单位电商平台（测试）", kind = "platform", division = "330782", brandId = (string?)null, centralStateBody = true };
        Assert.Equal(HttpStatusCode.Created, (await admin.PutJsonAsync($"/api/v1/enterprises/{id}", profile)).StatusCode);
        Assert.True((await admin.GetFromJsonAsync<EnterpriseResponse>($"/api/v1/enterprises/{id}", Ct))!.CentralStateBody);
        var platform = await hub.AsAsync("enterprise", enterprise: id);
        await platform.PostAsJsonAsync($"/api/v1/enterprises/{id}/incidents", new
        {
            incidentId = "INC-S", kind = "leak", grade = "较大", detectedAt = Iso(DateTimeOffset.UtcNow.AddHours(-3)), recordsAffected = 10,
        }, Ct);

        var findings = (await platform.GetFromJsonAsync<FindingsResponse>($"/api/v1/enterprises/{id}/findings", Ct))!.Findings;

        var report = Assert.Single(findings, f => f.RuleId == "INCIDENT-CAC-4H");
        Assert.Contains("向本部门网信工作机构报告", report.Summary, StringComparison.Ordinal);
        Assert.Contains("2 小时", report.Summary, StringComparison.Ordinal);
    }
}
