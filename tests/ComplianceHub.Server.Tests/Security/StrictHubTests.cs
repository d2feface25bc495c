using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ComplianceHub.Server.Tests.Infrastructure;

namespace ComplianceHub.Server.Tests.Security;

/// <summary>Rate limits answer 429 with Retry-After; a hub without a configured public address issues no report.</summary>
public sealed class StrictHubTests(StrictHub strict) : IClassFixture<StrictHub>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_token_over_its_budget_gets_429_with_retry_after_and_another_token_is_unaffected()
    {
        var flooder = await TokenClientAsync("flood");
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < StrictHub.PerTokenBurst + 5; i++)
        {
            var response = await flooder.GetAsync("/api/v1/jurisdictions/330782", Ct);
            statuses.Add(response.StatusCode);
            refused ??= response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.NotNull(refused);
        Assert.True(statuses.Count(s => s == HttpStatusCode.TooManyRequests) >= 4, string.Join(",", statuses));
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var other = await TokenClientAsync("quiet");
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/v1/jurisdictions/330782", Ct)).StatusCode);
    }

    [Fact]
    public async Task Anonymous_verification_uploads_are_limited_per_address()
    {
        var anonymous = strict.Factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < StrictHub.VerifyUploadsPerMinute + 2; i++)
        {
            using var content = new ByteArrayContent("%PDF-1.7"u8.ToArray());
            content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            statuses.Add((await anonymous.PostAsync("/api/v1/reports/0123456789abcdef0123456789abcdef/verify", content, Ct)).StatusCode);
        }

        Assert.Equal(StrictHub.VerifyUploadsPerMinute, statuses.Count(s => s == HttpStatusCode.NotFound));
        Assert.Equal(2, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task Without_a_configured_public_address_no_report_is_issued()
    {
        var admin = await TokenClientAsync("registrar");
        var id = TestEnterprises.NewId();
        Assert.Equal(HttpStatusCode.Created, (await admin.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile())).StatusCode);

        var response = await admin.GetAsync($"/api/v1/enterprises/{id}/self-assessment.pdf", Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Contains("Reports:BaseUrl", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var evidence = JsonDocument.Parse(await admin.GetStringAsync($"/api/v1/enterprises/{id}", Ct)).RootElement;
        Assert.Equal(1, evidence.GetProperty("evidenceSeq").GetInt64());
    }

    private async Task<HttpClient> TokenClientAsync(string subject)
    {
        var client = strict.Factory.CreateClient();
        var token = await client.GetFromJsonAsync<JsonElement>($"/dev/token?role=admin&subject={subject}", Ct);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }
}
