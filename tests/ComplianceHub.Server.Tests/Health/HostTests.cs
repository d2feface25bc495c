using System.Net;
using System.Text.Json;
using ComplianceHub.Server.Tests.Infrastructure;

namespace ComplianceHub.Server.Tests.Health;

public sealed class HostTests(HubFactory hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_healthy_without_a_token(string url)
    {
        var response = await hub.CreateClient().GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task The_openapi_document_describes_the_enterprise_routes()
    {
        var response = await hub.CreateClient().GetAsync("/openapi/v1.json", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var paths = doc.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/enterprises/{id}", out var enterprise));
        Assert.True(enterprise.TryGetProperty("put", out _));
        Assert.True(paths.TryGetProperty("/api/v1/enterprises/{id}/evidence/log", out _));
    }

    /// <summary>The documented answers are declared through shared helpers (AccessProblems, BatchResults): each route must still list all of them.</summary>
    [Theory]
    [InlineData("/api/v1/enterprises/{id}/label-batches", "post", "200 201 400 403 404 413")]
    [InlineData("/api/v1/enterprises/{id}/trainings", "post", "200 201 400 403 404")]
    [InlineData("/api/v1/enterprises/{id}/staff", "put", "200 400 403 404")]
    [InlineData("/api/v1/brands/{brandId}", "get", "200 400 403 404")]
    [InlineData("/api/v1/jurisdictions/{code}/report.pdf", "get", "200 400 403 404")]
    public async Task The_openapi_document_lists_every_answer_of_a_route(string path, string method, string statuses)
    {
        var response = await hub.CreateClient().GetAsync("/openapi/v1.json", Ct);

        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var responses = doc.RootElement.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses");
        Assert.Equal(statuses.Split(' '), responses.EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_browsable_api_page_is_served()
    {
        var response = await hub.CreateClient().GetAsync("/scalar/v1", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("text/html", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }
}
