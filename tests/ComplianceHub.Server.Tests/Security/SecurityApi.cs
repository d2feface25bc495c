using System.Net;
using System.Text.Json;
using ComplianceHub.Server.Tests.Infrastructure;

namespace ComplianceHub.Server.Tests.Security;

/// <summary>What the hostile-input tests share: an enterprise with its own token, the head of its evidence log, a 4xx's fields.</summary>
public static class SecurityApi
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static string Today => DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<(string Id, HttpClient Enterprise, HttpClient Admin)> EnterpriseAsync(HubFactory hub, string division = "330782")
    {
        var admin = await hub.AsAsync("admin");
        var id = TestEnterprises.NewId(division);
        var created = await admin.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile(division));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (id, await hub.AsAsync("enterprise", enterprise: id), admin);
    }

    /// <summary>The enterprise's evidence head (seq): unchanged after a refused request means nothing was stored.</summary>
    public static async Task<long> EvidenceSeqAsync(HttpClient admin, string id)
    {
        var text = await admin.GetStringAsync($"/api/v1/enterprises/{id}", Ct);
        return JsonDocument.Parse(text).RootElement.GetProperty("evidenceSeq").GetInt64();
    }

    /// <summary>Requires a 4xx problem document whose errors name <paramref name="field"/>; returns the body.</summary>
    public static async Task<string> ExpectRefusedAsync(HttpResponseMessage response, string field, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {body}");
        return body;
    }
}
