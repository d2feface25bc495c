using ComplianceHub.Server.Demo;
using ComplianceHub.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static ComplianceHub.Server.Tests.Inspections.InspectionApi;

namespace ComplianceHub.Server.Tests.Inspections;

/// <summary>The demo's closed inspection: one order verified in a follow-up, one overdue; seeding twice changes nothing.</summary>
public sealed class DemoInspectionTests(HubFactory hub)
{
    [Fact]
    public async Task The_demo_inspection_is_closed_with_one_verified_and_one_overdue_order()
    {
        var admin = await hub.AsAsync("admin");
        var id = await RegisterAsync(admin);
        var grains = hub.Services.GetRequiredService<IGrainFactory>();

        Assert.True(await DemoInspectionSeeder.SeedAsync(grains, id, DateTimeOffset.UtcNow));
        Assert.False(await DemoInspectionSeeder.SeedAsync(grains, id, DateTimeOffset.UtcNow));

        var inspection = await GetJsonAsync(admin, $"/api/v1/inspections/{DemoInspectionSeeder.InspectionKey:D}");
        Assert.Equal("closed", inspection.GetProperty("status").GetString());
        Assert.Equal("verified", Order(inspection, "YZ-GZ-DEMO-1").GetProperty("status").GetString());
        Assert.Equal("overdue", Order(inspection, "YZ-GZ-DEMO-2").GetProperty("status").GetString());
        var enterprise = await GetJsonAsync(admin, $"/api/v1/enterprises/{id}");
        Assert.Equal(1, enterprise.GetProperty("openOrders").GetInt32());
        Assert.Equal(1, enterprise.GetProperty("overdueOrders").GetInt32());
    }
}
