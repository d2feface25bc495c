using System.Net;
using System.Net.Http.Json;
using ComplianceHub.Server.Jurisdictions;
using ComplianceHub.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace ComplianceHub.Server.Tests.Jurisdictions;

public sealed class JurisdictionsApiTests(HubFactory hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_county_shows_its_worst_enterprises_and_its_city_and_province_list_it_among_their_children()
    {
        var clean = await RollupScenario.RegisterAsync(hub, "320104", name: "干净网点");
        var bad = await RollupScenario.RegisterAsync(hub, "320104", name: "问题网点");
        await RollupScenario.MakeTerribleAsync(hub, bad);
        var regulator = await hub.AsAsync("regulator.postal", "32");

        var county = await RollupScenario.ReadSettledAsync<JurisdictionResponse>(hub, regulator, "/api/v1/jurisdictions/320104", "320104");
        var city = await RollupScenario.ReadSettledAsync<JurisdictionResponse>(hub, regulator, "/api/v1/jurisdictions/320100", "320104");

        Assert.Equal("秦淮区", county.Name);
        Assert.Equal("county", county.Level);
        Assert.Equal(bad, county.Worst[0].Id);
        Assert.Equal("high", county.Worst[0].Risk);
        Assert.Contains(county.Worst, w => w.Id == clean);
        Assert.True(county.Totals.OpenFindingsByRule.ContainsKey("WAYBILL-FALSE-DECLARATION"));
        Assert.Equal(50_000, county.Totals.Printed); // only the bad one printed in this county
        Assert.Equal(0.2, county.Totals.VerifiedCoverage!.Value, 3);
        Assert.True(county.Totals.Enterprises >= 2);
        Assert.Contains(city.Children, c => c.Code == "320104" && c.Totals.Enterprises == county.Totals.Enterprises && c.Totals.ByRisk["high"] >= 1);
        Assert.Equal("南京市", city.Name);
        Assert.Contains(city.Worst, w => w.Id == bad);
    }

    [Fact]
    public async Task The_plan_ranks_a_terrible_score_above_a_clean_enterprise_and_gives_reasons()
    {
        var clean = await RollupScenario.RegisterAsync(hub, "320105", name: "干净网点");
        var bad = await RollupScenario.RegisterAsync(hub, "320105", name: "问题网点");
        await RollupScenario.MakeTerribleAsync(hub, bad);
        var regulator = await hub.AsAsync("regulator.cyberspace", "3201");

        var plan = await RollupScenario.ReadSettledAsync<InspectionPlanResponse>(hub, regulator, "/api/v1/jurisdictions/320105/inspection-plan?limit=2", "320105");
        var cityPlan = await RollupScenario.ReadSettledAsync<InspectionPlanResponse>(hub, regulator, "/api/v1/jurisdictions/320100/inspection-plan?limit=200", "320105");

        Assert.Equal([bad, clean], plan.Items.Select(i => i.Id));
        Assert.Equal([1, 2], plan.Items.Select(i => i.Rank));
        Assert.True(plan.Items[0].Priority > plan.Items[1].Priority);
        Assert.Contains(plan.Items[0].Reasons, r => r.Code == "score" && r.Text.StartsWith("评分 ", StringComparison.Ordinal) && r.Text.Contains("高风险", StringComparison.Ordinal));
        Assert.Contains(plan.Items[0].Reasons, r => r.Text == "近 30 天发生事件 / incident in the last 30 days");
        Assert.Contains(plan.Items[0].Reasons, r => r.Text == "30 天打印 50,000 张 / 50,000 waybills printed in 30 days");
        Assert.Contains(plan.Items[1].Reasons, r => r.Text == "从未检查 / never inspected");
        var order = cityPlan.Items.Select(i => i.Id).ToList();
        Assert.True(order.IndexOf(bad) < order.IndexOf(clean));
    }

    [Theory]
    [InlineData("regulator.postal", "32", "/api/v1/jurisdictions/330000", HttpStatusCode.Forbidden)]
    [InlineData("regulator.postal", "3201", "/api/v1/jurisdictions/320000", HttpStatusCode.Forbidden)]
    [InlineData("regulator.postal", "3201", "/api/v1/jurisdictions/000000", HttpStatusCode.Forbidden)]
    [InlineData("prosecutor", "3201", "/api/v1/jurisdictions/320102", HttpStatusCode.OK)]
    [InlineData("prosecutor", "3301", "/api/v1/jurisdictions/320102/inspection-plan", HttpStatusCode.Forbidden)]
    [InlineData("regulator.cyberspace", "000000", "/api/v1/jurisdictions/000000", HttpStatusCode.OK)]
    [InlineData("regulator.postal", "32", "/api/v1/jurisdictions/329999", HttpStatusCode.NotFound)]
    public async Task Regulators_and_prosecutors_read_only_their_own_division(string role, string division, string url, HttpStatusCode expected)
    {
        var client = await hub.AsAsync(role, division);

        Assert.Equal(expected, (await client.GetAsync(url, Ct)).StatusCode);
    }

    [Fact]
    public async Task An_enterprise_may_not_read_roll_ups()
    {
        var id = await RollupScenario.RegisterAsync(hub, "320106");
        var client = await hub.AsAsync("enterprise", enterprise: id);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/jurisdictions/320106", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/jurisdictions/320106/inspection-plan", Ct)).StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/jurisdictions/3201", "code")]
    [InlineData("/api/v1/jurisdictions/32x100", "code")]
    [InlineData("/api/v1/jurisdictions/320012", "code")]
    [InlineData("/api/v1/jurisdictions/320100/inspection-plan?limit=0", "limit")]
    [InlineData("/api/v1/jurisdictions/320100/inspection-plan?limit=201", "limit")]
    public async Task Bad_codes_and_limits_are_refused_naming_the_field(string url, string field)
    {
        var client = await hub.AsAsync("admin");

        var response = await client.GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(Ct);
        Assert.Equal([field], problem!.Errors.Keys);
    }
}
