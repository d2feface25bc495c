using System.Net;
using System.Net.Http.Json;
using System.Text;
using ComplianceHub.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace ComplianceHub.Server.Tests.Enterprises;

/// <summary>Anything a client can send gets a 4xx naming the field, and nothing of it is stored.</summary>
public sealed class BadInputTests(HubFactory hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> BadBodies => new()
    {
        { """{"name":"网点","kind":"courier-outlet",""", "$" },
        { """{"name":5,"kind":"courier-outlet","division":"330782"}""", "$.name" },
        { """{"name":"网点","kind":"courier-outlet","division":"330782","phone":"x"}""", "$" },
        { """{"name":"网点","kind":"spaceship","division":"330782"}""", "kind" },
        { """{"name":"网点","kind":"courier-outlet","division":"999999"}""", "division" },
        { """{"name":"网点","kind":"courier-outlet","division":"33"}""", "division" },
        { """{"name":"网点","kind":"courier-outlet","division":"330000"}""", "division" },
        { """{"name":"网\u0007点","kind":"courier-outlet","division":"330782"}""", "name" },
        { """{"name":"网\u202e点","kind":"courier-outlet","division":"330782"}""", "name" },
        { """{"name":"","kind":"courier-outlet","division":"330782"}""", "name" },
        { """{"kind":"courier-outlet","division":"330782"}""", "name" },
        { """{"name":"网点","kind":"courier-outlet","division":"330782","brandId":"ZTO Express"}""", "brandId" },
        { """{"name":"平台","kind":"platform","division":"330782","individualsProcessed":-1}""", "individualsProcessed" },
        { """{"name":"平台","kind":"platform","division":"330782","individualsProcessed":"many"}""", "$.individualsProcessed" },
        { """{"name":"平台","kind":"platform","division":"330782","lastComplianceAuditOn":"2999-01-01"}""", "lastComplianceAuditOn" },
        { """{"name":"平台","kind":"platform","division":"330782","protectionOfficerFiledOn":"2025-13-40"}""", "$.protectionOfficerFiledOn" },
        { """{"name":"平台","kind":"platform","division":"330782","criticalInfrastructure":"yes"}""", "$.criticalInfrastructure" },
        { """[]""", "$" },
        { "", "$" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_bad_body_is_400_naming_the_field_and_stores_nothing(string body, string field)
    {
        var admin = await hub.AsAsync("admin");
        var id = TestEnterprises.NewId();

        var response = await admin.PutJsonAsync($"/api/v1/enterprises/{id}", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(Ct);
        Assert.Contains(problem!.Errors.Keys, k => k.StartsWith(field, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/enterprises/{id}", Ct)).StatusCode);
    }

    [Theory]
    [InlineData("91330782MA2XXXXXX1")]
    [InlineData("91330782MA2H00001")]
    [InlineData("not-a-code")]
    [InlineData("91330782MA2H000019-")]
    public async Task A_wrong_credit_code_is_400_naming_the_id(string id)
    {
        var admin = await hub.AsAsync("admin");

        var response = await admin.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(Ct);
        Assert.Contains("id", problem!.Errors.Keys);
    }

    [Fact]
    public async Task A_wrong_check_character_is_rejected()
    {
        var admin = await hub.AsAsync("admin");
        var valid = TestEnterprises.NewId();
        var wrong = valid[..17] + (valid[17] == '0' ? '1' : '0');

        var response = await admin.PutJsonAsync($"/api/v1/enterprises/{wrong}", TestEnterprises.Profile());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_oversized_body_is_413_and_stores_nothing()
    {
        var admin = await hub.AsAsync("admin");
        var id = TestEnterprises.NewId();
        var huge = $$"""{"name":"{{new string('网', 40_000)}}","kind":"courier-outlet","division":"330782"}""";

        var response = await admin.PutJsonAsync($"/api/v1/enterprises/{id}", huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/enterprises/{id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415()
    {
        var admin = await hub.AsAsync("admin");

        var response = await admin.PutAsync(
            $"/api/v1/enterprises/{TestEnterprises.NewId()}", new StringContent("name=x", Encoding.UTF8, "text/plain"), Ct);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/enterprises?division=3", "division")]
    [InlineData("/api/v1/enterprises?division=abc", "division")]
    [InlineData("/api/v1/enterprises?division=33&limit=0", "limit")]
    [InlineData("/api/v1/enterprises?division=33&limit=100000", "limit")]
    [InlineData("/api/v1/enterprises?division=33&cursor=garbage%00", "cursor")]
    public async Task Bad_listing_parameters_are_400_naming_the_parameter(string url, string field)
    {
        var admin = await hub.AsAsync("admin");

        var response = await admin.GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(Ct);
        Assert.Contains(field, problem!.Errors.Keys);
    }

    [Fact]
    public async Task A_non_numeric_limit_is_a_4xx_not_a_5xx()
    {
        var admin = await hub.AsAsync("admin");

        var response = await admin.GetAsync("/api/v1/enterprises?division=33&limit=ten", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
