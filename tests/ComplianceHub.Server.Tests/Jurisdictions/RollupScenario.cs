using System.Net;
using System.Net.Http.Json;
using ComplianceHub.Abstractions.Enterprises;
using ComplianceHub.Abstractions.Incidents;
using ComplianceHub.Abstractions.Labels;
using ComplianceHub.Abstractions.Rollups;
using ComplianceHub.Domain.Incidents;
using ComplianceHub.Domain.Time;
using ComplianceHub.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceHub.Server.Tests.Jurisdictions;

/// <summary>Enterprises registered through the API, made clean or terrible through their grains, and roll-up reads behind a flush barrier.</summary>
public static class RollupScenario
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<string> RegisterAsync(HubFactory hub, string division, string? brandId = "zto", string name = "测试网点")
    {
        var admin = await hub.AsAsync("admin");
        var id = TestEnterprises.NewId(division);
        var response = await admin.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile(division: division, name: name, brandId: brandId));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return id;
    }

    /// <summary>A false declaration (critical) and a major incident never reported to the CAC (critical): a terrible score.</summary>
    public static async Task MakeTerribleAsync(HubFactory hub, string id)
    {
        var grain = hub.Services.GetRequiredService<IGrainFactory>().GetGrain<IEnterpriseGrain>(id);
        var today = ChinaTime.DateOf(DateTimeOffset.UtcNow);
        await grain.RecordLabelBatch(new LabelBatch("bad-1", today, 50_000, 50_000, 20, 4, new LabelViolationCounts(0, 16, 0), [], "test:rollups"));
        await grain.RecordIncident(new RecordIncident(
            new Incident("inc-1", IncidentKind.Leak, IncidentGrade.Jiaoda, DateTimeOffset.UtcNow.AddHours(-30), 20_000), IsNew: true, "test:rollups"));
    }

    /// <summary>
    /// Reads after the barrier: each of <paramref name="leaves"/> pushes its pending figures up to the nation
    /// (<see cref="IJurisdictionGrain.Flush"/>), so the read sees every change made before the call. Brands apply
    /// pushes directly and need no leaf.
    /// </summary>
    public static async Task<T> ReadSettledAsync<T>(HubFactory hub, HttpClient client, string url, params string[] leaves)
    {
        var grains = hub.Services.GetRequiredService<IGrainFactory>();
        foreach (var leaf in leaves)
        {
            await grains.GetGrain<IJurisdictionGrain>(leaf).Flush();
        }

        var response = await client.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<T>(Ct))!;
    }
}
