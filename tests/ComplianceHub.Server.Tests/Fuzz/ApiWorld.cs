using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ComplianceHub.Server.Tests.Infrastructure;
using ComplianceHub.Server.Tests.Inspections;

namespace ComplianceHub.Server.Tests.Fuzz;

/// <summary>
/// One enterprise with everything a write route can act on (roster, incident, an inspection with an order and a
/// follow-up, an issued report), and a client per role: the targets the fuzz and access-matrix tests send to.
/// </summary>
public sealed class ApiWorld
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ApiWorld(HubFactory hub) => Hub = hub;

    public HubFactory Hub { get; }

    public string EnterpriseId { get; private set; } = "";

    public string BrandId { get; } = "fz" + Guid.NewGuid().ToString("N")[..10];

    public string InspectionId { get; private set; } = "";

    public string FollowUpId { get; private set; } = "";

    public string ReportId { get; private set; } = "";

    public HttpClient Admin { get; private set; } = null!;

    public HttpClient Enterprise { get; private set; } = null!;

    public HttpClient Postal { get; private set; } = null!;

    public static string Today => DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<ApiWorld> CreateAsync(HubFactory hub)
    {
        ArgumentNullException.ThrowIfNull(hub);
        var world = new ApiWorld(hub);
        world.Admin = await hub.AsAsync("admin");
        world.EnterpriseId = TestEnterprises.NewId("330782");
        await Expect(world.Admin.PutJsonAsync($"/api/v1/enterprises/{world.EnterpriseId}", TestEnterprises.Profile("330782", brandId: world.BrandId)), HttpStatusCode.Created);
        world.Enterprise = await hub.AsAsync("enterprise", enterprise: world.EnterpriseId);
        world.Postal = await hub.AsAsync("regulator.postal", "3307");
        await Expect(world.Enterprise.PutJsonAsync($"/api/v1/enterprises/{world.EnterpriseId}/staff", new
        {
            batchId = "world-roster", asOf = DateTimeOffset.UtcNow,
            staff = new[] { new { staffId = "S1", role = "快递员", joinedOn = "2024-01-01", handlesPersonalInfo = true, account = "acc-1" } },
        }), HttpStatusCode.OK);
        await Expect(world.Enterprise.PostAsJsonAsync($"/api/v1/enterprises/{world.EnterpriseId}/incidents",
            new { incidentId = "INC-1", kind = "leak", grade = "yiban", detectedAt = DateTimeOffset.UtcNow.AddHours(-2), recordsAffected = 3 }, Ct), HttpStatusCode.Created);
        world.InspectionId = await world.NewInspectionAsync();
        world.FollowUpId = (await InspectionApi.OpenAsync(world.Postal, world.EnterpriseId, "postal", DateOnly.FromDateTime(DateTime.UtcNow), "follow-up", world.InspectionId))
            .GetProperty("id").GetString()!;
        var report = await world.Enterprise.GetAsync($"/api/v1/enterprises/{world.EnterpriseId}/self-assessment.pdf", Ct);
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        world.ReportId = report.Headers.GetValues("X-Report-Id").Single();
        return world;
    }

    /// <summary>A new postal inspection of the enterprise with an order <c>O-1</c>, for routes that freeze or fill one.</summary>
    public async Task<string> NewInspectionAsync()
    {
        var opened = await InspectionApi.OpenAsync(Postal, EnterpriseId, "postal", DateOnly.FromDateTime(DateTime.UtcNow));
        var id = opened.GetProperty("id").GetString()!;
        await Expect(Postal.PostAsJsonAsync($"/api/v1/inspections/{id}/orders",
            new { orderId = "O-1", requirement = "全部面单使用隐私面单", legalBasis = "GB/T 41833-2022", deadline = InspectionApi.Day(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30)) }, Ct),
            HttpStatusCode.Created);
        return id;
    }

    /// <summary>The enterprise's evidence head: what a refused request must leave unchanged.</summary>
    public async Task<long> EvidenceSeqAsync()
    {
        using var document = JsonDocument.Parse(await Admin.GetStringAsync($"/api/v1/enterprises/{EnterpriseId}", Ct));
        return document.RootElement.GetProperty("evidenceSeq").GetInt64();
    }

    private static async Task Expect(Task<HttpResponseMessage> call, HttpStatusCode status)
    {
        var response = await call;
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
    }
}
