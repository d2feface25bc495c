using System.Net;
using System.Text.Json;
using ComplianceHub.Server.Tests.Infrastructure;

namespace ComplianceHub.Server.Tests.Operations;

/// <summary>The Orleans Dashboard is served to admins only; its grain-state viewer, which would bypass the API's scoped and audited reads, is not.</summary>
public sealed class DashboardTests(HubFactory hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/dashboard/")]
    [InlineData("/dashboard/ClusterStats")]
    [InlineData("/dashboard/DashboardCounters")]
    public async Task An_admin_sees_the_dashboard(string path)
    {
        var admin = await hub.AsAsync("admin");

        var response = await admin.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("regulator.postal", "3307", null)]
    [InlineData("regulator.cyberspace", "3307", null)]
    [InlineData("prosecutor", "3307", null)]
    [InlineData("enterprise", null, "91330782MA2000001K")]
    public async Task Every_other_role_is_refused(string role, string? division, string? enterprise)
    {
        var caller = await hub.AsAsync(role, division, enterprise);

        Assert.Equal(HttpStatusCode.Forbidden, (await caller.GetAsync("/dashboard/", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await caller.GetAsync("/dashboard/ClusterStats", Ct)).StatusCode);
    }

    [Fact]
    public async Task Without_a_token_the_dashboard_answers_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await hub.CreateClient().GetAsync("/dashboard/ClusterStats", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_grain_state_viewer_is_not_served_even_to_an_admin()
    {
        var admin = await hub.AsAsync("admin");

        var response = await admin.GetAsync("/dashboard/GrainState?grainId=x&grainType=y", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_dashboard_is_not_part_of_the_api_document()
    {
        using var doc = JsonDocument.Parse(await hub.CreateClient().GetStringAsync("/openapi/v1.json", Ct));

        Assert.DoesNotContain(doc.RootElement.GetProperty("paths").EnumerateObject(), p => p.Name.StartsWith("/dashboard", StringComparison.Ordinal));
    }
}
