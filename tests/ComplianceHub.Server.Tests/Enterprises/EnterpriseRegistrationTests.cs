using System.Net;
using System.Net.Http.Json;
using ComplianceHub.Server.Enterprises;
using ComplianceHub.Server.Tests.Infrastructure;

namespace ComplianceHub.Server.Tests.Enterprises;

public sealed class EnterpriseRegistrationTests(HubFactory hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Registering_creates_then_updates_and_an_identical_profile_changes_nothing()
    {
        var admin = await hub.AsAsync("admin");
        var id = TestEnterprises.NewId();

        var created = await admin.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/v1/enterprises/{id}", created.Headers.Location?.OriginalString);
        var first = await created.Content.ReadFromJsonAsync<EnterpriseResponse>(Ct);
        Assert.Equal(1, first!.EvidenceSeq);
        Assert.Equal("快递网点", first.KindName);
        Assert.Contains("义乌", first.DivisionName, StringComparison.Ordinal);

        var same = await admin.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile());
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Equal(1, (await same.Content.ReadFromJsonAsync<EnterpriseResponse>(Ct))!.EvidenceSeq);

        var renamed = await admin.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile(name: "中通快递义乌北苑网点"));
        var updated = await renamed.Content.ReadFromJsonAsync<EnterpriseResponse>(Ct);
        Assert.Equal(2, updated!.EvidenceSeq);
        Assert.NotEqual(first.EvidenceHead, updated.EvidenceHead);

        var read = await admin.GetFromJsonAsync<EnterpriseResponse>($"/api/v1/enterprises/{id}", Ct);
        Assert.Equal("中通快递义乌北苑网点", read!.Name);
        Assert.Equal("zto", read.BrandId);
        Assert.Equal(first.RegisteredAt, read.RegisteredAt);
    }

    [Fact]
    public async Task Scale_duty_facts_round_trip_and_their_change_is_evidence()
    {
        var admin = await hub.AsAsync("admin");
        var id = TestEnterprises.NewId();
        Assert.Equal(HttpStatusCode.Created, (await admin.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile(kind: "platform", brandId: null))).StatusCode);

        var profile = new
        {
            name = "义乌测试电商平台", kind = "platform", division = "330782",
            individualsProcessed = 12_500_000L, protectionOfficerFiledOn = "2025-09-01", lastComplianceAuditOn = "2023-06-30",
            criticalInfrastructure = true,
        };
        var response = await admin.PutJsonAsync($"/api/v1/enterprises/{id}", profile);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var read = await admin.GetFromJsonAsync<EnterpriseResponse>($"/api/v1/enterprises/{id}", Ct);
        Assert.Equal(12_500_000L, read!.IndividualsProcessed);
        Assert.Equal(new DateOnly(2025, 9, 1), read.ProtectionOfficerFiledOn);
        Assert.Equal(new DateOnly(2023, 6, 30), read.LastComplianceAuditOn);
        Assert.True(read.CriticalInfrastructure);
        Assert.Equal(2, read.EvidenceSeq);
        var log = await admin.GetStringAsync($"/api/v1/enterprises/{id}/evidence/log?from=2", Ct);
        Assert.Contains("12500000", log, StringComparison.Ordinal);
        Assert.Contains("2023-06-30", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_outlet_id_with_its_outlet_code_is_a_separate_enterprise()
    {
        var admin = await hub.AsAsync("admin");
        var company = TestEnterprises.NewId();

        var outlet = await admin.PutJsonAsync($"/api/v1/enterprises/{company}-YW001", TestEnterprises.Profile());
        Assert.Equal(HttpStatusCode.Created, outlet.StatusCode);

        var companyRead = await admin.GetAsync($"/api/v1/enterprises/{company}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, companyRead.StatusCode);
    }

    [Fact]
    public async Task An_unknown_enterprise_is_404_with_problem_details()
    {
        var admin = await hub.AsAsync("admin");

        var response = await admin.GetAsync($"/api/v1/enterprises/{TestEnterprises.NewId()}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Listing_a_division_pages_through_its_enterprises_without_repeats()
    {
        var admin = await hub.AsAsync("admin");
        // A county only this test uses, so the listing holds exactly what it registered.
        var ids = new[] { TestEnterprises.NewId("330784"), TestEnterprises.NewId("330784"), TestEnterprises.NewId("330784") };
        foreach (var id in ids)
        {
            await admin.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile(division: "330784", name: "永康测试网点"));
        }

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var url = "/api/v1/enterprises?division=330784&limit=1" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}");
            var page = await admin.GetFromJsonAsync<EnterpriseListResponse>(url, Ct);
            seen.AddRange(page!.Items.Select(i => i.EnterpriseId));
            cursor = page.NextCursor;
            pages++;
        }
        while (cursor is not null && pages < 10);

        Assert.Equal(ids.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
        Assert.True(pages >= 3);
    }

    [Fact]
    public async Task Moving_an_enterprise_moves_it_in_the_directory()
    {
        var admin = await hub.AsAsync("admin");
        var id = TestEnterprises.NewId();
        await admin.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile(division: "330783"));

        await admin.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile(division: "420302"));

        var old = await admin.GetFromJsonAsync<EnterpriseListResponse>("/api/v1/enterprises?division=330783&limit=200", Ct);
        var now = await admin.GetFromJsonAsync<EnterpriseListResponse>("/api/v1/enterprises?division=420302&limit=200", Ct);
        Assert.DoesNotContain(old!.Items, i => i.EnterpriseId == id);
        Assert.Contains(now!.Items, i => i.EnterpriseId == id);
    }
}
