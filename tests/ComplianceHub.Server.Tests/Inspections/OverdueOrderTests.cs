using System.Net;
using ComplianceHub.Abstractions.Rollups;
using ComplianceHub.Domain.Time;
using ComplianceHub.Server.Tests.Infrastructure;
using ComplianceHub.Testing;
using Microsoft.Extensions.DependencyInjection;
using static ComplianceHub.Server.Tests.Inspections.InspectionApi;

namespace ComplianceHub.Server.Tests.Inspections;

/// <summary>
/// An order left past its deadline is overdue at once in the inspection and the enterprise (and in the
/// ledger jurisdictions count from) with nobody polling: after a simulated clock advance, and again after
/// the silo restarts on the same storage.
/// </summary>
public sealed class OverdueOrderTests
{
    [Fact]
    public async Task An_order_past_its_deadline_is_overdue_after_a_clock_advance_and_after_a_restart()
    {
        var storage = await AzuriteInstance.GetConnectionStringAsync();
        var tables = AzuriteInstance.UniqueName("clk")[..16];
        var clock = new SettableTimeProvider(DateTimeOffset.UtcNow);
        var today = ChinaTime.DateOf(clock.GetUtcNow());
        var soon = today.AddDays(3);
        var later = today.AddDays(30);
        string id;
        string url;

        await using (var hub = new ClockedHub(storage, tables, clock))
        {
            id = await RegisterAsync(await hub.AsAsync("admin"));
            var regulator = await hub.AsAsync("regulator.postal", division: "330782");
            var company = await hub.AsAsync("enterprise", enterprise: id);
            var inspection = await OpenAsync(regulator, id, "postal", today);
            url = $"/api/v1/inspections/{inspection.GetProperty("id").GetString()}";
            await ExpectAsync(await PostAsync(regulator, $"{url}/orders", new { orderId = "SOON", requirement = "三日内整改", legalBasis = "《快递暂行条例》", deadline = Day(soon) }), HttpStatusCode.Created);
            await ExpectAsync(await PostAsync(regulator, $"{url}/orders", new { orderId = "LATER", requirement = "三十日内整改", legalBasis = "《快递暂行条例》", deadline = Day(later) }), HttpStatusCode.Created);
            await ExpectAsync(await PostAsync(company, $"{url}/orders/SOON/submission", new { description = "已提交整改说明" }), HttpStatusCode.OK);

            // The last instant of the deadline day: still in time.
            clock.Set(ChinaTime.EndOf(soon).AddTicks(-1));
            await AssertOverdueAsync(regulator, company, id, url, expected: 0, soonStatus: "submitted");
            await AssertJurisdictionsAsync(hub, regulator, expected: 0);

            // 00:00 China time the day after: overdue everywhere, though nothing was written since.
            clock.Set(ChinaTime.EndOf(soon));
            await AssertOverdueAsync(regulator, company, id, url, expected: 1, soonStatus: "overdue");
            await AssertJurisdictionsAsync(hub, regulator, expected: 1);
        }

        clock.Advance(TimeSpan.FromDays(2));
        await using (var restarted = new ClockedHub(storage, tables, clock))
        {
            var regulator = await restarted.AsAsync("regulator.postal", division: "330782");
            var company = await restarted.AsAsync("enterprise", enterprise: id);
            await AssertOverdueAsync(regulator, company, id, url, expected: 1, soonStatus: "overdue");
            await AssertJurisdictionsAsync(restarted, regulator, expected: 1);
            Assert.Equal(3, Order(await GetJsonAsync(regulator, url), "SOON").GetProperty("daysOverdue").GetInt32());

            clock.Set(ChinaTime.EndOf(later).AddHours(1));
            await AssertOverdueAsync(regulator, company, id, url, expected: 2, soonStatus: "overdue");
            await AssertJurisdictionsAsync(restarted, regulator, expected: 2);
        }
    }

    /// <summary>
    /// The county (its regulator's view) and every level above it (the nation, read by an admin) count the
    /// overdue orders from the deadlines the enterprise pushed, at the instant of reading. Levels above the
    /// county receive coalesced pushes, so they are polled until they hold the enterprise (not its overdue count).
    /// </summary>
    private static async Task AssertJurisdictionsAsync(ClockedHub hub, HttpClient countyRegulator, int expected)
    {
        var county = (await GetJsonAsync(countyRegulator, "/api/v1/jurisdictions/330782")).GetProperty("totals");
        Assert.Equal(2, county.GetProperty("openOrders").GetInt64());
        Assert.Equal(expected, county.GetProperty("overdueOrders").GetInt64());

        var admin = await hub.AsAsync("admin");
        await hub.Services.GetRequiredService<IGrainFactory>().GetGrain<IJurisdictionGrain>("330782").Flush();
        foreach (var code in new[] { "330700", "330000", "000000" })
        {
            var totals = (await GetJsonAsync(admin, $"/api/v1/jurisdictions/{code}")).GetProperty("totals");

            Assert.Equal(2, totals.GetProperty("openOrders").GetInt64());
            Assert.Equal(expected, totals.GetProperty("overdueOrders").GetInt64());
        }
    }

    private static async Task AssertOverdueAsync(HttpClient regulator, HttpClient company, string id, string url, int expected, string soonStatus)
    {
        var inspection = await GetJsonAsync(regulator, url);
        Assert.Equal(soonStatus, Order(inspection, "SOON").GetProperty("status").GetString());
        Assert.Equal(expected, inspection.GetProperty("overdueOrders").GetInt32());

        var enterprise = await GetJsonAsync(company, $"/api/v1/enterprises/{id}");
        Assert.Equal(2, enterprise.GetProperty("openOrders").GetInt32());
        Assert.Equal(expected, enterprise.GetProperty("overdueOrders").GetInt32());

        var ledger = await GetJsonAsync(regulator, $"/api/v1/enterprises/{id}/inspections");
        Assert.Equal(expected, ledger.GetProperty("overdueOrders").GetInt32());
        Assert.Equal(expected, ledger.GetProperty("orders").EnumerateArray().Count(o => o.GetProperty("status").GetString() == "overdue"));
    }
}
