using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using ComplianceHub.Server.Auth;
using ComplianceHub.Server.Tests.Fuzz;
using ComplianceHub.Server.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ComplianceHub.Server.Tests.Security;

/// <summary>
/// Every route of the OpenAPI document × every caller: allowed where the README's table says so (<see cref="AccessMatrix"/>),
/// refused (401/403) otherwise, and no evidence entry written by a refused caller. A route without a matrix entry fails.
/// </summary>
public sealed class AccessMatrixTests(HubFactory hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_route_answers_every_caller_as_the_table_says()
    {
        var world = await ApiWorld.CreateAsync(hub);
        var other = TestEnterprises.NewId("420106");
        Assert.Equal(HttpStatusCode.Created, (await world.Admin.PutJsonAsync($"/api/v1/enterprises/{other}", TestEnterprises.Profile("420106"))).StatusCode);
        var callers = await CallersAsync(world, other);
        var routes = await OpenApiRoute.ReadAsync(hub.CreateClient(), Ct);
        Assert.Empty(routes.Where(r => RouteSpecs.Find(r) is null).Select(r => r.Key));

        var mismatches = new List<string>();
        var cells = 0;
        foreach (var route in routes)
        {
            var spec = RouteSpecs.Find(route)!;
            foreach (var (caller, client) in callers)
            {
                var request = await spec.Build(world, $"m{cells:x6}0{(int)caller:x}");
                var before = await world.EvidenceSeqAsync();
                using var response = await client.SendAsync(request.ToMessage(), Ct);
                cells++;
                var expected = AccessMatrix.Expected(spec.Policy, caller);
                if (!Matches(expected, response.StatusCode))
                {
                    mismatches.Add($"{route.Key} as {caller}: expected {expected}, got {(int)response.StatusCode} {await Snippet(response)}");
                }
                else if (expected != MatrixOutcome.Allowed && route.IsWrite && await world.EvidenceSeqAsync() != before)
                {
                    mismatches.Add($"{route.Key} as {caller}: refused, yet the evidence log grew");
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"access matrix: {routes.Count} routes × {callers.Count} callers = {cells} cells");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {cells} cells differ from the table:\n{string.Join('\n', mismatches)}");
    }

    private static bool Matches(MatrixOutcome expected, HttpStatusCode status) => expected switch
    {
        MatrixOutcome.Allowed => (int)status is >= 200 and < 300 || status == HttpStatusCode.Conflict,
        MatrixOutcome.Forbidden => status == HttpStatusCode.Forbidden,
        MatrixOutcome.Unauthorized => status == HttpStatusCode.Unauthorized,
        _ => status == HttpStatusCode.NotFound,
    };

    private async Task<IReadOnlyList<(MatrixCaller Caller, HttpClient Client)>> CallersAsync(ApiWorld world, string otherEnterprise) =>
    [
        (MatrixCaller.Admin, world.Admin),
        (MatrixCaller.PostalOwn, world.Postal),
        (MatrixCaller.PostalOther, await hub.AsAsync("regulator.postal", "4201")),
        (MatrixCaller.CyberspaceOwn, await hub.AsAsync("regulator.cyberspace", "3307")),
        (MatrixCaller.CyberspaceOther, await hub.AsAsync("regulator.cyberspace", "4201")),
        (MatrixCaller.ProsecutorOwn, await hub.AsAsync("prosecutor", "3307")),
        (MatrixCaller.ProsecutorOther, await hub.AsAsync("prosecutor", "4201")),
        (MatrixCaller.EnterpriseSelf, world.Enterprise),
        (MatrixCaller.EnterpriseOther, await hub.AsAsync("enterprise", enterprise: otherEnterprise)),
        (MatrixCaller.NoToken, hub.CreateClient()),
        (MatrixCaller.Expired, Bearer(Signed(HubFactory.SigningKey, DevAuthOptions.Audience, DateTime.UtcNow.AddHours(-3), DateTime.UtcNow.AddHours(-2)))),
        (MatrixCaller.WrongAudience, Bearer(Signed(HubFactory.SigningKey, "some-other-api", DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddHours(1)))),
        (MatrixCaller.WrongKey, Bearer(Signed(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), DevAuthOptions.Audience, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddHours(1)))),
        (MatrixCaller.AlgNone, Bearer(Unsigned())),
    ];

    private HttpClient Bearer(string token)
    {
        var client = hub.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>An admin token signed with <paramref name="key"/> for <paramref name="audience"/>, valid from/until the given instants.</summary>
    private static string Signed(string key, string audience, DateTime notBefore, DateTime expires) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = DevAuthOptions.Issuer,
        Audience = audience,
        Claims = new Dictionary<string, object> { [ClaimNames.Roles] = new[] { "admin" }, [ClaimNames.Subject] = "matrix" },
        IssuedAt = notBefore,
        NotBefore = notBefore,
        Expires = expires,
        SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(key)), SecurityAlgorithms.HmacSha256),
    });

    /// <summary>An admin token with <c>alg: none</c> and no signature: what a validator that trusts the header would accept.</summary>
    private static string Unsigned()
    {
        static string Part(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));
        var expires = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        return Part("""{"alg":"none","typ":"JWT"}""") + "."
            + Part($$"""{"iss":"{{DevAuthOptions.Issuer}}","aud":"{{DevAuthOptions.Audience}}","roles":["admin"],"sub":"matrix","exp":{{expires}}}""") + ".";
    }

    private static async Task<string> Snippet(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        return text.Length > 200 ? text[..200] : text;
    }
}
