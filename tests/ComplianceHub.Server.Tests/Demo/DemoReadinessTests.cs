using System.Net;
using ComplianceHub.Server.Demo;
using ComplianceHub.Server.Tests.Infrastructure;
using ComplianceHub.Testing;
using Microsoft.Extensions.DependencyInjection;

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
        var status = hub.Services.GetRequiredService<DemoSeedingStatus>();

        // Whatever the race, a ready answer may only come once seeding has completed.
        var early = (await client.GetAsync("/health/ready", Ct)).StatusCode;
        var seededAfterEarlyAnswer = status.Seeded;
        await status.Completion.WaitAsync(TimeSpan.FromMinutes(3), Ct);
        var ready = (await client.GetAsync("/health/ready", Ct)).StatusCode;
        var inspection = await admin.GetAsync($"/api/v1/inspections/{DemoInspectionSeeder.InspectionKey:D}", Ct);

        Assert.True(early != HttpStatusCode.OK || seededAfterEarlyAnswer, "the hub answered ready before seeding had finished");
        Assert.Equal(HttpStatusCode.OK, ready);
        Assert.Equal(HttpStatusCode.OK, inspection.StatusCode);
    }
}
