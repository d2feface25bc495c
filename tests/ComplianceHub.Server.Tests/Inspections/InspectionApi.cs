using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ComplianceHub.Server.Tests.Infrastructure;

namespace ComplianceHub.Server.Tests.Inspections;

/// <summary>Test-side calls of the inspection API, with the JSON it answers read as <see cref="JsonElement"/>.</summary>
public static class InspectionApi
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly ChinaDate(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(TimeSpan.FromHours(8)).DateTime);

    public static async Task<string> RegisterAsync(HttpClient admin, string division = "330782")
    {
        var id = TestEnterprises.NewId(division);
        var created = await admin.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile(division));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return id;
    }

    public static async Task<JsonElement> OpenAsync(
        HttpClient regulator, string enterpriseId, string authority, DateOnly plannedOn, string kind = "on-site", string? followUpOf = null)
    {
        var response = await regulator.PostAsJsonAsync(
            "/api/v1/inspections", new { inspectionId = Guid.NewGuid().ToString("D"), enterpriseId, authority, kind, plannedOn = Day(plannedOn), followUpOf }, Ct);
        return await ExpectAsync(response, HttpStatusCode.Created);
    }

    public static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> GetJsonAsync(HttpClient client, string url) =>
        await ExpectAsync(await client.GetAsync(url, Ct), HttpStatusCode.OK);

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, object body) =>
        await client.PostAsJsonAsync(url, body, Ct);

    public static async Task<HttpResponseMessage> PutAsync(HttpClient client, string url, object body) =>
        await client.PutAsJsonAsync(url, body, Ct);

    public static JsonElement Order(JsonElement inspection, string orderId) =>
        inspection.GetProperty("orders").EnumerateArray().Single(o => o.GetProperty("orderId").GetString() == orderId);

    /// <summary>The kinds of the enterprise's evidence entries, in log order.</summary>
    public static async Task<List<string>> EvidenceKindsAsync(HttpClient client, string enterpriseId)
    {
        var log = await GetJsonAsync(client, $"/api/v1/enterprises/{enterpriseId}/evidence/log");
        return [.. log.EnumerateArray().Select(e => e.GetProperty("kind").GetString()!)];
    }
}
