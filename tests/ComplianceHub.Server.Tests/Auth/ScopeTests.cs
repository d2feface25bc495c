using System.Net;
using ComplianceHub.Server.Tests.Infrastructure;

namespace ComplianceHub.Server.Tests.Auth;

/// <summary>Every endpoint checks role and scope; these walk the rules with real tokens.</summary>
public sealed class ScopeTests(HubFactory hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> RegisteredIn(string division)
    {
        var admin = await hub.AsAsync("admin");
        var id = TestEnterprises.NewId(division);
        var response = await admin.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile(division: division));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return id;
    }

    [Theory]
    [InlineData("regulator.postal", "3307", HttpStatusCode.OK)]
    [InlineData("regulator.cyberspace", "33", HttpStatusCode.OK)]
    [InlineData("regulator.postal", "330782", HttpStatusCode.OK)]
    [InlineData("prosecutor", "3307", HttpStatusCode.OK)]
    [InlineData("regulator.postal", "3301", HttpStatusCode.Forbidden)]
    [InlineData("regulator.postal", "42", HttpStatusCode.Forbidden)]
    [InlineData("prosecutor", "330783", HttpStatusCode.Forbidden)]
    public async Task A_regulator_or_prosecutor_reads_only_enterprises_in_its_division(string role, string division, HttpStatusCode expected)
    {
        var id = await RegisteredIn("330782");
        var client = await hub.AsAsync(role, division);

        var response = await client.GetAsync($"/api/v1/enterprises/{id}", Ct);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task An_enterprise_reads_itself_and_its_outlets_but_no_other()
    {
        var own = await RegisteredIn("330782");
        var other = await RegisteredIn("330782");
        var admin = await hub.AsAsync("admin");
        await admin.PutJsonAsync($"/api/v1/enterprises/{own}-YW9", TestEnterprises.Profile());
        var client = await hub.AsAsync("enterprise", enterprise: own);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/enterprises/{own}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/enterprises/{own}-YW9", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/v1/enterprises/{other}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/enterprises?division=330782", Ct)).StatusCode);
    }

    [Fact]
    public async Task An_outlet_account_does_not_read_its_parent_company()
    {
        var company = await RegisteredIn("330782");
        var client = await hub.AsAsync("enterprise", enterprise: $"{company}-YW1");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/v1/enterprises/{company}", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_regulator_registers_only_within_its_division_and_cannot_move_an_enterprise_out()
    {
        var regulator = await hub.AsAsync("regulator.postal", "3307");
        var id = TestEnterprises.NewId();

        var outside = await regulator.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile(division: "420302"));
        Assert.Equal(HttpStatusCode.Forbidden, outside.StatusCode);

        var inside = await regulator.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile(division: "330782"));
        Assert.Equal(HttpStatusCode.Created, inside.StatusCode);

        var hubei = await hub.AsAsync("regulator.postal", "42");
        var takeover = await hubei.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile(division: "420302"));
        Assert.Equal(HttpStatusCode.Forbidden, takeover.StatusCode);
    }

    [Fact]
    public async Task A_prosecutor_never_writes()
    {
        var prosecutor = await hub.AsAsync("prosecutor", "33");

        var response = await prosecutor.PutJsonAsync($"/api/v1/enterprises/{TestEnterprises.NewId()}", TestEnterprises.Profile());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_regulator_lists_only_its_own_division()
    {
        var regulator = await hub.AsAsync("regulator.postal", "3307");

        Assert.Equal(HttpStatusCode.OK, (await regulator.GetAsync("/api/v1/enterprises?division=330782", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await regulator.GetAsync("/api/v1/enterprises", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await regulator.GetAsync("/api/v1/enterprises?division=33", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await regulator.GetAsync("/api/v1/enterprises?division=3301", Ct)).StatusCode);
    }

    [Fact]
    public async Task No_token_is_401_and_a_token_signed_with_another_key_is_401()
    {
        var anonymous = hub.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/enterprises?division=33", Ct)).StatusCode);

        var forged = hub.CreateClient();
        forged.DefaultRequestHeaders.Authorization = new("Bearer", ForgedToken());
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("/api/v1/enterprises?division=33", Ct)).StatusCode);
    }

    // Same claims and issuer as a dev token, signed with a key the hub does not hold.
    private static string ForgedToken()
    {
        var key = new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        return new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(new Microsoft.IdentityModel.Tokens.SecurityTokenDescriptor
        {
            Issuer = "compliancehub-dev",
            Audience = "compliancehub-api",
            Claims = new Dictionary<string, object> { ["roles"] = new[] { "admin" }, ["sub"] = "mallory" },
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new(key, Microsoft.IdentityModel.Tokens.SecurityAlgorithms.HmacSha256),
        });
    }
}
