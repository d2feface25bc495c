using System.Net;
using System.Net.Http.Json;
using ComplianceHub.Server.Incidents;
using ComplianceHub.Server.Tests.Infrastructure;
using static ComplianceHub.Server.Tests.Compliance.ComplianceScenario;

namespace ComplianceHub.Server.Tests.Compliance;

/// <summary>L7: a 较大 leak must reach the provincial CAC within 4 h of detection.</summary>
public sealed class IncidentClockScenarioTests(HubFactory hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_unreported_major_leak_is_overdue_and_a_late_report_leaves_reported_late()
    {
        var outlet = await OutletAsync(hub);
        var detected = DateTimeOffset.UtcNow.AddHours(-5);
        var report = await outlet.PostAsync("incidents", new
        {
            incidentId = "INC-2026-001", kind = "leak", grade = "较大", detectedAt = Iso(detected), recordsAffected = 1200,
            reportedToPostalAt = Iso(detected.AddHours(1)),
        });
        Assert.Equal(HttpStatusCode.Created, report.StatusCode);
        Assert.Equal("jiaoda", (await report.Content.ReadFromJsonAsync<IncidentResponse>(Ct))!.Grade);

        var overdue = Assert.Single((await outlet.FindingsAsync()).Findings, f => f.RuleId == "INCIDENT-CAC-4H");
        Assert.True(overdue.Open);
        Assert.Equal("INC-2026-001", overdue.Subject);
        Assert.DoesNotContain((await outlet.FindingsAsync()).Findings, f => f.RuleId == "INCIDENT-POSTAL-REPORT");

        var patch = await outlet.Client.PatchAsJsonAsync(
            $"/api/v1/enterprises/{outlet.Id}/incidents/INC-2026-001", new { reportedToCacAt = Iso(DateTimeOffset.UtcNow.AddMinutes(-1)) }, Ct);
        Assert.Equal(HttpStatusCode.OK, patch.StatusCode);

        var cac = (await outlet.FindingsAsync()).Findings.Where(f => f.RuleId == "INCIDENT-CAC-4H").ToList();
        Assert.Equal(2, cac.Count);
        var cleared = Assert.Single(cac, f => !f.Open);
        Assert.Equal(overdue.Condition, cleared.Condition);
        Assert.NotNull(cleared.ClearedAt);
        var late = Assert.Single(cac, f => f.Open);
        Assert.NotEqual(overdue.Condition, late.Condition);
    }

    [Fact]
    public async Task Reporting_the_same_incident_twice_is_a_replay_and_other_facts_are_a_conflict()
    {
        var outlet = await OutletAsync(hub);
        var body = new { incidentId = "INC-R", kind = "trojan", grade = "yiban", detectedAt = Iso(DateTimeOffset.UtcNow.AddHours(-1)), recordsAffected = 0 };
        Assert.Equal(HttpStatusCode.Created, (await outlet.PostAsync("incidents", body)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await outlet.PostAsync("incidents", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await outlet.PostAsync("incidents", body with { recordsAffected = 5 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outlet.Client.PatchAsJsonAsync(
            $"/api/v1/enterprises/{outlet.Id}/incidents/INC-UNKNOWN", new { containedAt = Iso(DateTimeOffset.UtcNow) }, Ct)).StatusCode);
    }
}
