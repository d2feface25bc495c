using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace ComplianceHub.Server.Tests.Infrastructure;

/// <summary>Test-side helpers: real tokens from the real dev token endpoint, JSON bodies sent verbatim.</summary>
public static class HubClient
{
    public static async Task<HttpClient> AsAsync(this HubFactory hub, string role, string? division = null, string? enterprise = null)
    {
        var client = hub.CreateClient();
        var query = $"/dev/token?role={role}&subject=test-{role}"
            + (division is null ? "" : $"&division={division}")
            + (enterprise is null ? "" : $"&enterprise={enterprise}");
        var token = await client.GetFromJsonAsync<TokenResponse>(query, TestContext.Current.CancellationToken);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, string json) =>
        client.PutAsync(url, new StringContent(json, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, string json) =>
        client.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body) =>
        client.PutAsJsonAsync(url, body, TestContext.Current.CancellationToken);

    private sealed record TokenResponse(string AccessToken, DateTimeOffset ExpiresAt);
}
