using ComplianceHub.Server.Tests.Infrastructure;
using ComplianceHub.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ComplianceHub.Server.Tests.Security;

/// <summary>
/// A second hub, for what the shared one must not have: small rate limits (5 requests a second per token, 3 verify
/// uploads a minute) and no public base URL. One per test class that needs it; its tables are its own.
/// </summary>
public sealed class StrictHub : IAsyncLifetime
{
    public const int PerTokenBurst = 5;

    public const int VerifyUploadsPerMinute = 3;

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var storage = await AzuriteInstance.GetConnectionStringAsync();
        var prefix = AzuriteInstance.UniqueName("strict")[..16];
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            HubFactory.ConfigureTestHub(b, storage, prefix);
            b.UseSetting("Reports:BaseUrl", "");
            b.UseSetting("RateLimits:PerTokenPerSecond", "1");
            b.UseSetting("RateLimits:PerTokenBurst", PerTokenBurst.ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.UseSetting("RateLimits:AnonymousPerSecond", "1000");
            b.UseSetting("RateLimits:AnonymousBurst", "1000");
            b.UseSetting("RateLimits:VerifyUploadsPerMinute", VerifyUploadsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });
        _ = Factory.Server;
    }

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();
}
