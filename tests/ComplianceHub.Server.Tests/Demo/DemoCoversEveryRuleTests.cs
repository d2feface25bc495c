using ComplianceHub.Server.Http;
using System.Net.Http.Json;
using ComplianceHub.Domain.Compliance;
using ComplianceHub.Server.Compliance;
using ComplianceHub.Server.Demo;
using ComplianceHub.Server.Labels;
using ComplianceHub.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceHub.Server.Tests.Demo;

/// <summary>
/// The demo dataset deploy/run.sh seeds must show every rule of the rulebook broken by at least one
/// enterprise. Seeded here under fresh ids (same kinds, divisions, outlet codes and stories) through the
/// same grains, then read back through the findings API.
/// </summary>
public sealed class DemoCoversEveryRuleTests(HubFactory hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_rule_is_broken_by_some_demo_enterprise_and_reseeding_changes_nothing()
    {
        var grains = hub.Services.GetRequiredService<IGrainFactory>();
        var checker = hub.Services.GetRequiredService<LabelSampleChecker>();
        var now = DateTimeOffset.UtcNow;
        var seeded = new List<string>();
        foreach (var (demo, serial) in DemoDataset.Enterprises.Select((d, i) => (d, i)))
        {
            var outlet = demo.Id.Contains('-', StringComparison.Ordinal) ? demo.Id[demo.Id.IndexOf('-', StringComparison.Ordinal)..] : "";
            var id = TestEnterprises.NewId(demo.Division) + outlet;
            var (created, batches) = await DemoEnterpriseSeeder.SeedAsync(grains, checker, hub.Services.GetRequiredService<ContentDigests>(), demo, serial, id, now);
            Assert.True(created);
            Assert.Equal(DemoLabelHistory.Days - demo.QuietDays, batches);
            seeded.Add(id);
        }

        var admin = await hub.AsAsync("admin");
        var broken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in seeded)
        {
            var findings = await admin.GetFromJsonAsync<FindingsResponse>($"/api/v1/enterprises/{id}/findings", Ct);
            broken.UnionWith(findings!.Findings.Where(f => f.Open).Select(f => f.RuleId));
        }

        Assert.Equal(ComplianceRules.All.Select(r => r.Id).Order(StringComparer.Ordinal), broken.Order(StringComparer.Ordinal));

        var demoAgain = DemoDataset.Enterprises[0];
        var again = await DemoEnterpriseSeeder.SeedAsync(grains, checker, hub.Services.GetRequiredService<ContentDigests>(), demoAgain, 0, seeded[0], now);
        Assert.Equal((false, 0), again);
    }
}
