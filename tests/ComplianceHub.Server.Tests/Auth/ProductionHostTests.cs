using System.Net;
using ComplianceHub.Server.Tests.Infrastructure;
using ComplianceHub.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ComplianceHub.Server.Tests.Auth;

/// <summary>In Production the dev token endpoint does not exist and dev tokens are not accepted.</summary>
public sealed class ProductionHostTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task With_Entra_ID_configured_there_is_no_dev_token_endpoint_and_dev_tokens_are_refused()
    {
        var storage = await AzuriteInstance.GetConnectionStringAsync();
        await using var production = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("Storage:ConnectionString", storage);
            b.UseSetting("Storage:TablePrefix", AzuriteInstance.UniqueName("prod")[..16]);
            b.UseSetting("Orleans:SiloPort", HubFactory.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.UseSetting("Orleans:GatewayPort", HubFactory.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.UseSetting("AzureAd:Instance", "https://login.microsoftonline.com/");
            b.UseSetting("AzureAd:TenantId", "11111111-1111-1111-1111-111111111111");
            b.UseSetting("AzureAd:ClientId", "22222222-2222-2222-2222-222222222222");
            b.UseSetting("Evidence:SigningKey", Convert.ToBase64String(new byte[32]));
        });
        var client = production.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/dev/token?role=admin", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/enterprises?division=33", Ct)).StatusCode);
    }

    [Fact]
    public async Task Production_without_an_evidence_signing_key_refuses_to_start()
    {
        var storage = await AzuriteInstance.GetConnectionStringAsync();
        using var production = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("Storage:ConnectionString", storage);
            b.UseSetting("Storage:TablePrefix", AzuriteInstance.UniqueName("prod")[..16]);
            b.UseSetting("Orleans:SiloPort", HubFactory.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.UseSetting("Orleans:GatewayPort", HubFactory.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.UseSetting("AzureAd:Instance", "https://login.microsoftonline.com/");
            b.UseSetting("AzureAd:TenantId", "11111111-1111-1111-1111-111111111111");
            b.UseSetting("AzureAd:ClientId", "22222222-2222-2222-2222-222222222222");
        });

        var error = Assert.ThrowsAny<Exception>(() => production.CreateClient());

        Assert.Contains("Evidence:SigningKey", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Production_without_Entra_ID_refuses_to_start()
    {
        using var production = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("Orleans:SiloPort", HubFactory.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.UseSetting("Orleans:GatewayPort", HubFactory.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        });

        var error = Assert.ThrowsAny<Exception>(() => production.CreateClient());

        Assert.Contains("AzureAd", error.ToString(), StringComparison.Ordinal);
    }
}
