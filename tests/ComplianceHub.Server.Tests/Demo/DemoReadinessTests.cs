using System.Net;
using ComplianceHub.Server.Demo;
using ComplianceHub.Server.Tests.Infrastructure;
using ComplianceHub.Testing;

namespace ComplianceHub.Server.Tests.Demo;

/// <summary>
/// deploy/run.sh prints its tour once /health/ready answers 200; every URL of it must then answer, so a hub that
/// seeds the demo is not ready before the demo's last piece (the closed inspection) is in.
/// </summary>
public sealed class DemoReadinessTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_seeding_hub_is_ready_only_when_the_demo_inspection_can_be_read()
    {
        var storage = await AzuriteInstance.GetConnectionStringAsync();
        await using var hub = new ClockedHub(storage, AzuriteInstance.UniqueName("demo")[..16], new SettableTimeProvider(DateTimeOffset.UtcNow), seedDemo: true);
        var client = hub.CreateClient();
        var admin = await hub.AsAsync("admin");
        var sawNotReady = false;
        var started = DateTimeOffset.UtcNow;
        HttpStatusCode ready;
        while ((ready = (await client.GetAsync("/health/ready", Ct)).StatusCode) != HttpStatusCode.OK && DateTimeOffset.UtcNow - started < TimeSpan.FromMinutes(3))
        {
            sawNotReady = true;
            await Task.Delay(100, Ct);
        }

        var inspection = await admin.GetAsync($"/api/v1/inspections/{DemoInspectionSeeder.InspectionKey:D}", Ct);

        Assert.Equal(HttpStatusCode.OK, ready);
        Assert.True(sawNotReady, "the hub answered ready before seeding could have finished");
        Assert.Equal(HttpStatusCode.OK, inspection.StatusCode);
    }
}
