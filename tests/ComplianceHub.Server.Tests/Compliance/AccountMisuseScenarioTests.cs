using System.Net;
using System.Net.Http.Json;
using ComplianceHub.Abstractions.Access;
using ComplianceHub.Abstractions.People;
using ComplianceHub.Server.Enterprises;
using ComplianceHub.Server.Tests.Infrastructure;
using static ComplianceHub.Server.Tests.Compliance.ComplianceScenario;

namespace ComplianceHub.Server.Tests.Compliance;

/// <summary>
/// The rented-account case: an outlet's account keeps querying another outlet's waybills at 02:00 after its
/// holder left. Everything else about the outlet is in order, so exactly three findings must show.
/// </summary>
public sealed class AccountMisuseScenarioTests(HubFactory hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Night_cross_outlet_use_after_departure_gives_exactly_three_findings_with_counts()
    {
        var outlet = await OutletAsync(hub, "NB777");
        var left = ChinaToday.AddDays(-2);
        var misuseDay = ChinaToday.AddDays(-1);
        var roster = new
        {
            batchId = "roster-1",
            asOf = Iso(DateTimeOffset.UtcNow.AddMinutes(-1)),
            staff = new object[]
            {
                new
                {
                    staffId = "S001", role = "快递员", account = "acc-7", joinedOn = "2024-03-01", leftOn = Day(left),
                    accountClosedAt = At(misuseDay, 12), nda = new { signedOn = "2024-03-01" }, handlesPersonalInfo = true, crowdsourced = false,
                },
                new
                {
                    staffId = "S002", role = "客服", account = "acc-8", joinedOn = "2024-05-01", nda = new { signedOn = "2024-05-01" },
                    handlesPersonalInfo = true,
                },
            },
        };
        var rosterResponse = await outlet.PutStaffAsync(roster);
        Assert.Equal(HttpStatusCode.OK, rosterResponse.StatusCode);
        var rosterResult = await rosterResponse.Content.ReadFromJsonAsync<RosterResult>(Ct);
        Assert.Equal((2, 2, 1), (rosterResult!.Staff, rosterResult.Joins, rosterResult.Departures));

        var training = await outlet.PostAsync("trainings", new
        {
            batchId = "t-1", heldOn = Day(ChinaToday.AddDays(-60)), hours = 2, topic = "面单信息保护", staffIds = new[] { "S001", "S002" },
        });
        Assert.Equal(HttpStatusCode.Created, training.StatusCode);

        // Three queries of outlet YW999's waybills between 02:10 and 02:30 China time, the night after S001 left.
        var logs = await outlet.PostAsync("access-logs", new
        {
            batchId = "log-1",
            records = new[]
            {
                new { account = "acc-7", at = At(misuseDay, 2, 10), action = "query", waybillOutlet = "YW999", count = 40 },
                new { account = "acc-7", at = At(misuseDay, 2, 20), action = "query", waybillOutlet = "YW999", count = 50 },
                new { account = "acc-7", at = At(misuseDay, 2, 30), action = "query", waybillOutlet = "YW999", count = 80 },
                new { account = "acc-8", at = At(misuseDay, 10, 0), action = "print", waybillOutlet = "NB777", count = 300 },
            },
        });
        Assert.Equal(HttpStatusCode.Created, logs.StatusCode);

        var findings = await outlet.FindingsAsync();
        var open = findings.Findings.Where(f => f.Open).ToList();
        Assert.Equal(
            ["ACCESS-CROSS-OUTLET", "ACCESS-NIGHT-QUERY", "ACCOUNT-USED-AFTER-DEPARTURE"],
            open.Select(f => f.RuleId).Order(StringComparer.Ordinal));
        Assert.All(open, f =>
        {
            Assert.Equal("acc-7", f.Subject);
            Assert.Equal(170, f.Count);
            Assert.Contains("3 次操作", f.Summary, StringComparison.Ordinal);
            Assert.NotEmpty(f.EvidenceSeqs);
            Assert.False(string.IsNullOrEmpty(f.LegalBasis));
        });
        Assert.Equal(3, findings.OpenFindings);
        Assert.True(findings.Score < 100);
        Assert.Equal(100 - findings.Deductions.Sum(d => d.Applied), findings.Score);
        var enterprise = await outlet.Client.GetFromJsonAsync<EnterpriseResponse>($"/api/v1/enterprises/{outlet.Id}", Ct);
        Assert.Equal((findings.Score, findings.Risk, 3), (enterprise!.Score, enterprise.Risk, enterprise.OpenFindings));
    }

    [Fact]
    public async Task Replaying_a_roster_or_log_batch_counts_nothing_twice()
    {
        var outlet = await OutletAsync(hub);
        var roster = new
        {
            batchId = "roster-r", asOf = Iso(DateTimeOffset.UtcNow.AddMinutes(-1)),
            staff = new[] { new { staffId = "S1", role = "分拣员", account = "a1", joinedOn = "2025-01-01", handlesPersonalInfo = false } },
        };
        var first = await (await outlet.PutStaffAsync(roster)).Content.ReadFromJsonAsync<RosterResult>(Ct);
        var again = await (await outlet.PutStaffAsync(roster)).Content.ReadFromJsonAsync<RosterResult>(Ct);
        Assert.False(first!.Replayed);
        Assert.True(again!.Replayed);
        Assert.Equal(first.EvidenceSeq, again.EvidenceSeq);

        var batch = new
        {
            batchId = "log-r",
            records = new[] { new { account = "a1", at = At(ChinaToday.AddDays(-1), 3), action = "export", waybillOutlet = "NB001", count = 10 } },
        };
        var log1 = await outlet.PostAsync("access-logs", batch);
        var log2 = await outlet.PostAsync("access-logs", batch);
        Assert.Equal(HttpStatusCode.Created, log1.StatusCode);
        Assert.Equal(HttpStatusCode.OK, log2.StatusCode);
        Assert.True((await log2.Content.ReadFromJsonAsync<AccessLogResult>(Ct))!.Replayed);

        var night = Assert.Single((await outlet.FindingsAsync()).Findings, f => f.RuleId == "ACCESS-NIGHT-QUERY");
        Assert.Equal(10, night.Count);
    }
}
