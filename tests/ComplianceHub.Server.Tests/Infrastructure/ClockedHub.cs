using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using ComplianceHub.Testing;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;

namespace ComplianceHub.Server.Tests.Infrastructure;

/// <summary>
/// A hub of its own whose clock a test sets, on tables it names: disposing one and starting another on
/// the same <paramref name="tablePrefix"/> is a silo restart that keeps every grain's stored state.
/// Token lifetimes are not checked here, since the clock jumps weeks ahead; everything else is the real host
/// (<paramref name="seedDemo"/>: with the demo dataset, as deploy/run.sh starts it).
/// </summary>
public sealed class ClockedHub(string storage, string tablePrefix, SettableTimeProvider clock, bool seedDemo = false) : WebApplicationFactory<Program>
{
    private static readonly string FingerprintKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public SettableTimeProvider Clock => clock;

    public async Task<HttpClient> AsAsync(string role, string? division = null, string? enterprise = null)
    {
        var client = CreateClient();
        var query = $"/dev/token?role={role}&subject=test-{role}"
            + (division is null ? "" : $"&division={division}")
            + (enterprise is null ? "" : $"&enterprise={enterprise}");
        var token = await client.GetFromJsonAsync<TokenResponse>(query, TestContext.Current.CancellationToken);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:ConnectionString", storage);
        builder.UseSetting("Storage:TablePrefix", tablePrefix);
        builder.UseSetting("Orleans:SiloPort", HubFactory.FreePort().ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Orleans:GatewayPort", HubFactory.FreePort().ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Orleans:ClusterId", tablePrefix);
        builder.UseSetting("Auth:DevSigningKey", HubFactory.SigningKey);
        builder.UseSetting("Demo:Seed", seedDemo ? "true" : "false");
        builder.UseSetting("Labels:FingerprintKey", FingerprintKey);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(clock);

            // Orleans reads the same TimeProvider. A clock moved days ahead made membership retire this silo's
            // generation (stamped from the real clock) and stop the process mid-run: liveness is the real
            // cluster's business, not what these tests are about.
            services.Configure<ClusterMembershipOptions>(membership =>
            {
                membership.LivenessEnabled = false;
                membership.SiloGenerationRetirementAge = TimeSpan.FromDays(36_500);
            });
            services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt => jwt.TokenValidationParameters.ValidateLifetime = false);
        });
    }

    private sealed record TokenResponse(string AccessToken, DateTimeOffset ExpiresAt);
}
