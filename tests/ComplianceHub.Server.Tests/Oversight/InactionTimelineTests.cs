using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ComplianceHub.Server.Tests.Infrastructure;
using ComplianceHub.Server.Tests.Inspections;
using UglyToad.PdfPig;

namespace ComplianceHub.Server.Tests.Oversight;

/// <summary>
/// "Knew and did not act": a high-severity finding is visible to the division from when it opened; the timeline
/// shows no action until the regulator reads the evidence and opens an inspection, then both with their times.
/// Its own county (浦江 330726) so other tests' enterprises do not enter it.
/// </summary>
public sealed class InactionTimelineTests(HubFactory hub)
{
    private const string County = "330726";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_finding_without_action_then_the_regulators_read_and_inspection_with_their_times()
    {
        var admin = await hub.AsAsync("admin");
        var id = TestEnterprises.NewId(County);
        (await admin.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile(County))).EnsureSuccessStatusCode();
        var today = InspectionApi.Day(InspectionApi.ChinaDate(DateTimeOffset.UtcNow));
        (await admin.PostAsJsonAsync($"/api/v1/enterprises/{id}/label-batches",
            new { batchId = "b-1", date = today, printed = 1000, masked = 400, samples = Array.Empty<object>() }, Ct)).EnsureSuccessStatusCode();
        var prosecutor = await hub.AsAsync("prosecutor", "33");
        var regulator = await hub.AsAsync("regulator.postal", "3307");

        var before = await Item(prosecutor, id);
        Assert.Equal("finding", before.GetProperty("what").GetString());
        Assert.True(before.GetProperty("stillWithoutAction").GetBoolean());
        Assert.Equal(JsonValueKind.Null, before.GetProperty("firstRead").ValueKind);

        (await regulator.GetAsync($"/api/v1/enterprises/{id}/evidence/log", Ct)).EnsureSuccessStatusCode();
        await InspectionApi.OpenAsync(regulator, id, "postal", InspectionApi.ChinaDate(DateTimeOffset.UtcNow));
        var after = await Item(prosecutor, id);

        Assert.False(after.GetProperty("stillWithoutAction").GetBoolean());
        Assert.Equal("evidence.read", after.GetProperty("firstRead").GetProperty("kind").GetString());
        Assert.StartsWith("regulator.postal:", after.GetProperty("firstRead").GetProperty("actor").GetString(), StringComparison.Ordinal);
        var action = after.GetProperty("actions")[0];
        Assert.Equal("inspection.opened", action.GetProperty("kind").GetString());
        Assert.True(action.GetProperty("time").GetDateTimeOffset() >= after.GetProperty("visibleSince").GetDateTimeOffset());
        Assert.InRange(after.GetProperty("daysWithoutAction").GetDouble(), 0, 1);

        Assert.Equal(HttpStatusCode.Forbidden, (await regulator.GetAsync($"/api/v1/jurisdictions/{County}/inaction-timeline", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await hub.AsAsync("prosecutor", "42")).GetAsync($"/api/v1/jurisdictions/{County}/inaction-timeline", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await prosecutor.GetAsync("/api/v1/jurisdictions/33x/inaction-timeline", Ct)).StatusCode);
        var pdf = await prosecutor.GetByteArrayAsync($"/api/v1/jurisdictions/{County}/inaction-timeline.pdf", Ct);
        using var document = PdfDocument.Open(pdf);
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        Assert.Contains("监管履职时间线", text, StringComparison.Ordinal);
        Assert.Contains(id, text, StringComparison.Ordinal);
        Assert.Contains("严重问题", text, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> Item(HttpClient prosecutor, string id)
    {
        var timeline = await prosecutor.GetFromJsonAsync<JsonElement>($"/api/v1/jurisdictions/{County}/inaction-timeline", Ct);
        var enterprise = timeline.GetProperty("enterprises").EnumerateArray().Single(e => e.GetProperty("enterpriseId").GetString() == id);
        return enterprise.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("key").GetString()!.StartsWith("WAYBILL-MASK-COVERAGE", StringComparison.Ordinal));
    }
}
