using System.Net;
using System.Net.Http.Json;
using System.Text;
using ComplianceHub.Server.Tests.Infrastructure;
using static ComplianceHub.Server.Tests.Inspections.InspectionApi;

namespace ComplianceHub.Server.Tests.Inspections;

/// <summary>Who may do what in an inspection, and bad input refused with a 400 naming the field and nothing stored.</summary>
public sealed class InspectionAccessTests(HubFactory hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly Today => ChinaDate(DateTimeOffset.UtcNow);

    [Fact]
    public async Task Regulators_open_only_their_own_authoritys_inspections_within_their_division()
    {
        var id = await RegisterAsync(await hub.AsAsync("admin"));
        var postal = await hub.AsAsync("regulator.postal", division: "3307");
        var cyberspace = await hub.AsAsync("regulator.cyberspace", division: "330782");
        var otherDivision = await hub.AsAsync("regulator.postal", division: "3301");
        var company = await hub.AsAsync("enterprise", enterprise: id);
        var prosecutor = await hub.AsAsync("prosecutor", division: "3307");

        object Body(string authority) => new { enterpriseId = id, authority, kind = "on-site", plannedOn = Day(Today) };
        await ExpectAsync(await PostAsync(postal, "/api/v1/inspections", Body("cyberspace")), HttpStatusCode.Forbidden);
        await ExpectAsync(await PostAsync(cyberspace, "/api/v1/inspections", Body("postal")), HttpStatusCode.Forbidden);
        await ExpectAsync(await PostAsync(otherDivision, "/api/v1/inspections", Body("postal")), HttpStatusCode.Forbidden);
        await ExpectAsync(await PostAsync(company, "/api/v1/inspections", Body("postal")), HttpStatusCode.Forbidden);
        await ExpectAsync(await PostAsync(prosecutor, "/api/v1/inspections", Body("postal")), HttpStatusCode.Forbidden);
        Assert.Equal(0, (await GetJsonAsync(postal, $"/api/v1/enterprises/{id}/inspections")).GetProperty("count").GetInt32());

        var inspection = await OpenAsync(cyberspace, id, "cyberspace", Today);
        var url = $"/api/v1/inspections/{inspection.GetProperty("id").GetString()}";

        // Readers: the enterprise itself, regulators and prosecutors of the division. Not another division.
        await GetJsonAsync(company, url);
        await GetJsonAsync(prosecutor, url);
        await GetJsonAsync(postal, url);
        await ExpectAsync(await otherDivision.GetAsync(url, Ct), HttpStatusCode.Forbidden);
        var stranger = await hub.AsAsync("enterprise", enterprise: TestEnterprises.NewId());
        await ExpectAsync(await stranger.GetAsync(url, Ct), HttpStatusCode.Forbidden);

        // A postal regulator reads a cyberspace inspection but never acts in it.
        await ExpectAsync(await PostAsync(postal, $"{url}/findings", new { findingId = "F-1", text = "x" }), HttpStatusCode.Forbidden);
        await ExpectAsync(await PostAsync(cyberspace, $"{url}/orders", NewOrder("O-1")), HttpStatusCode.Created);

        // The enterprise reads and submits, and can do nothing else.
        await ExpectAsync(await PutAsync(company, $"{url}/checklist", new { answers = new[] { new { itemId = "C-PI-OFFICER", answer = "yes" } } }), HttpStatusCode.Forbidden);
        await ExpectAsync(await PostAsync(company, $"{url}/findings", new { findingId = "F-1", text = "x" }), HttpStatusCode.Forbidden);
        await ExpectAsync(await PostAsync(company, $"{url}/orders", NewOrder("O-2")), HttpStatusCode.Forbidden);
        await ExpectAsync(await PostAsync(company, $"{url}/orders/O-1/verification", new { followUpInspectionId = Guid.NewGuid() }), HttpStatusCode.Forbidden);
        await ExpectAsync(await PostAsync(company, $"{url}/close", new { }), HttpStatusCode.Forbidden);
        await ExpectAsync(await PostAsync(stranger, $"{url}/orders/O-1/submission", new { description = "x" }), HttpStatusCode.Forbidden);
        await ExpectAsync(await PostAsync(cyberspace, $"{url}/orders/O-1/submission", new { description = "x" }), HttpStatusCode.Forbidden);
        var submitted = await ExpectAsync(await PostAsync(company, $"{url}/orders/O-1/submission", new { description = "已指定负责人" }), HttpStatusCode.OK);
        Assert.Equal("submitted", Order(submitted, "O-1").GetProperty("status").GetString());
        Assert.Empty(submitted.GetProperty("findings").EnumerateArray());

        // Verifying needs a follow-up of this very inspection.
        var unrelated = await OpenAsync(cyberspace, id, "cyberspace", Today);
        await ExpectAsync(await PostAsync(cyberspace, $"{url}/orders/O-1/verification", new { followUpInspectionId = unrelated.GetProperty("id").GetString() }), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Bad_input_is_refused_naming_the_field_and_nothing_is_stored()
    {
        var id = await RegisterAsync(await hub.AsAsync("admin"));
        var postal = await hub.AsAsync("regulator.postal", division: "3307");
        var company = await hub.AsAsync("enterprise", enterprise: id);

        await ExpectField(await PostAsync(postal, "/api/v1/inspections", new { enterpriseId = id, authority = "customs", kind = "on-site", plannedOn = Day(Today) }), "authority");
        await ExpectField(await PostAsync(postal, "/api/v1/inspections", new { enterpriseId = id, authority = "postal", kind = "surprise", plannedOn = Day(Today) }), "kind");
        await ExpectField(await PostAsync(postal, "/api/v1/inspections", new { enterpriseId = id, authority = "postal", kind = "follow-up", plannedOn = Day(Today) }), "followUpOf");
        await ExpectField(await PostAsync(postal, "/api/v1/inspections", new { enterpriseId = id, authority = "postal", kind = "follow-up", plannedOn = Day(Today), followUpOf = Guid.NewGuid() }), "followUpOf");
        await ExpectField(await PostAsync(postal, "/api/v1/inspections", new { enterpriseId = "not-a-code", authority = "postal", kind = "on-site", plannedOn = Day(Today) }), "enterpriseId");
        await ExpectField(await postal.PostAsync("/api/v1/inspections", new StringContent("{\"enterpriseId\": \"x\", \"plannedOn\": \"2026-13-45\"}", Encoding.UTF8, "application/json"), Ct), "$.plannedOn");
        await ExpectField(await postal.PostAsync("/api/v1/inspections", new StringContent("{\"enterpriseId\": ", Encoding.UTF8, "application/json"), Ct), "$.enterpriseId");
        Assert.Equal(0, (await GetJsonAsync(postal, $"/api/v1/enterprises/{id}/inspections")).GetProperty("count").GetInt32());

        var inspection = await OpenAsync(postal, id, "postal", Today);
        var url = $"/api/v1/inspections/{inspection.GetProperty("id").GetString()}";
        var steps = (await EvidenceKindsAsync(company, id)).Count;

        var unknown = await ExpectField(
            await PutAsync(postal, $"{url}/checklist", new { answers = new[] { new { itemId = "P-PRINT-ROOM", answer = "yes" }, new { itemId = "P-NO-SUCH-ITEM", answer = "yes" } } }),
            "answers[1].itemId");
        // The value sent is never echoed back (it could be personal data); the path names it.
        Assert.DoesNotContain("P-NO-SUCH-ITEM", unknown, StringComparison.Ordinal);
        await ExpectField(await PutAsync(postal, $"{url}/checklist", new { answers = new[] { new { itemId = "C-PI-OFFICER", answer = "yes" } } }), "answers[0].itemId");
        await ExpectField(await PutAsync(postal, $"{url}/checklist", new { answers = new[] { new { itemId = "P-PRINT-ROOM", answer = "maybe" } } }), "answers[0].answer");
        await ExpectField(await PutAsync(postal, $"{url}/checklist", new { answers = new[] { new { itemId = "P-PRINT-ROOM", answer = "no", note = "bad\u0007note" } } }), "answers[0].note");
        await ExpectField(await PostAsync(postal, $"{url}/orders", NewOrder("O-1") with { Deadline = Day(Today) }), "deadline");
        await ExpectField(await PostAsync(postal, $"{url}/orders", NewOrder("O-1") with { Deadline = Day(Today.AddDays(-3)) }), "deadline");
        await ExpectField(await PostAsync(postal, $"{url}/orders", NewOrder("O-1") with { Requirement = "整改\u202E反向" }), "requirement");
        await ExpectField(await PostAsync(postal, $"{url}/orders", NewOrder("bad id!")), "orderId");
        await ExpectField(await PostAsync(postal, $"{url}/findings", new { findingId = "F-1", text = "x", ruleIds = new[] { "NO-SUCH-RULE" } }), "ruleIds[0]");
        await ExpectField(await postal.PostAsync($"{url}/findings", new StringContent("{\"findingId\": \"F-1\", \"text\": \"x\", \"extra\": 1}", Encoding.UTF8, "application/json"), Ct), "$.extra");
        await ExpectAsync(await PostAsync(company, $"{url}/orders/NO-SUCH/submission", new { description = "x" }), HttpStatusCode.NotFound);

        var unchanged = await GetJsonAsync(postal, url);
        Assert.Equal("planned", unchanged.GetProperty("status").GetString());
        Assert.Empty(unchanged.GetProperty("answers").EnumerateArray());
        Assert.Empty(unchanged.GetProperty("orders").EnumerateArray());
        Assert.Empty(unchanged.GetProperty("findings").EnumerateArray());
        Assert.Equal(steps, (await EvidenceKindsAsync(company, id)).Count);
        await ExpectAsync(await postal.GetAsync("/api/v1/inspections/not-a-guid", Ct), HttpStatusCode.BadRequest);
        await ExpectAsync(await postal.GetAsync($"/api/v1/inspections/{Guid.NewGuid()}", Ct), HttpStatusCode.NotFound);
    }

    private static OrderBody NewOrder(string orderId) => new(orderId, "指定个人信息保护负责人", "《个人信息保护法》第五十二条", Day(Today.AddDays(30)));

    private static async Task<string> ExpectField(HttpResponseMessage response, string field)
    {
        var problem = await ExpectAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"no error for {field}: {errors}");
        return messages.ToString();
    }

    private sealed record OrderBody(string OrderId, string Requirement, string LegalBasis, string Deadline);
}
