using System.Net;
using System.Net.Http.Json;
using ComplianceHub.Domain.Time;
using ComplianceHub.Server.Compliance;
using ComplianceHub.Server.Tests.Infrastructure;
using ComplianceHub.Testing;

namespace ComplianceHub.Server.Tests.Compliance;

/// <summary>
/// 数据报送中断: an outlet that goes quiet does not stay clean. Seven days (the default) after the last day its label data
/// covers it carries the risk lead; the next batch clears it. The hub's clock is moved, so the days pass in an instant.
/// </summary>
public sealed class ReportingGapTests
{
    private const string Rule = "LABEL-REPORTING-GAP";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_quiet_outlet_gets_the_lead_after_seven_days_and_its_next_batch_clears_it()
    {
        var storage = await AzuriteInstance.GetConnectionStringAsync();
        var clock = new SettableTimeProvider(DateTimeOffset.UtcNow);
        await using var hub = new ClockedHub(storage, AzuriteInstance.UniqueName("gap")[..16], clock);
        var admin = await hub.AsAsync("admin");
        var id = TestEnterprises.NewId("330782");
        Assert.Equal(HttpStatusCode.Created, (await admin.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile("330782"))).StatusCode);
        var outlet = await hub.AsAsync("enterprise", enterprise: id);

        Assert.Equal(HttpStatusCode.Created, (await PostBatchAsync(outlet, id, "b-1", clock)).StatusCode);
        var covered = ChinaTime.EndOf(ChinaTime.DateOf(clock.GetUtcNow()));
        clock.Set(covered.AddDays(7).AddMinutes(-1));
        Assert.DoesNotContain((await FindingsAsync(outlet, id)).Findings, f => f.RuleId == Rule);

        clock.Advance(TimeSpan.FromMinutes(2));
        var gap = Assert.Single((await FindingsAsync(outlet, id)).Findings, f => f.RuleId == Rule);
        Assert.True(gap.Open);
        Assert.Equal("risk-lead", gap.Basis);
        Assert.Contains("未报送面单数据", gap.Summary, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Created, (await PostBatchAsync(outlet, id, "b-2", clock)).StatusCode);
        Assert.DoesNotContain((await FindingsAsync(outlet, id)).Findings, f => f.RuleId == Rule && f.Open);
    }

    private static Task<HttpResponseMessage> PostBatchAsync(HttpClient client, string id, string batchId, TimeProvider clock) =>
        client.PostAsJsonAsync($"/api/v1/enterprises/{id}/label-batches", new
        {
            batchId,
            date = ComplianceScenario.Day(ChinaTime.DateOf(clock.GetUtcNow())),
            printed = 100,
            masked = 100,
            samples = Array.Empty<object>(),
        }, Ct);

    private static async Task<FindingsResponse> FindingsAsync(HttpClient client, string id) =>
        (await client.GetFromJsonAsync<FindingsResponse>($"/api/v1/enterprises/{id}/findings", Ct))!;
}
