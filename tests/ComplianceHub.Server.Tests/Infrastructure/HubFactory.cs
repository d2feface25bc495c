using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using ComplianceHub.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace ComplianceHub.Server.Tests.Infrastructure;

/// <summary>
/// The whole hub (silo + API) in this test process, against the run's real Azurite, with its own
/// tables and silo ports so it never collides with another test assembly running beside it.
/// Shared by every test in the assembly; each test uses its own enterprise ids.
/// </summary>
public sealed class HubFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public static readonly string SigningKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>The tree head key (an Ed25519 seed), known to tests so they can play an insider who holds it.</summary>
    public static readonly byte[] EvidenceKey = RandomNumberGenerator.GetBytes(32);

    private string _storage = "";

    /// <summary>The configured public address printed on reports (never the request's Host header).</summary>
    public const string PublicBaseUrl = "https://verify.compliancehub.test";

    public string TablePrefix { get; } = AzuriteInstance.UniqueName("srv")[..16];

    public CapturedLogs Logs { get; } = new();

    public async ValueTask InitializeAsync()
    {
        _storage = await AzuriteInstance.GetConnectionStringAsync();
        // Starting the host here (not lazily in the first test) keeps start-up out of test timings.
        _ = Server;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ConfigureTestHub(builder, _storage, TablePrefix);
        builder.UseSetting("Reports:BaseUrl", PublicBaseUrl);

        // The tests share one token per role and fire thousands of requests; StrictHubTests runs a hub of its own.
        builder.UseSetting("RateLimits:PerTokenPerSecond", "1000000");
        builder.UseSetting("RateLimits:PerTokenBurst", "1000000");
        builder.UseSetting("RateLimits:AnonymousPerSecond", "1000000");
        builder.UseSetting("RateLimits:AnonymousBurst", "1000000");
        builder.UseSetting("RateLimits:VerifyUploadsPerMinute", "1000000");
        builder.ConfigureLogging(logging =>
        {
            logging.AddProvider(Logs);
            logging.AddFilter<CapturedLogs>(null, LogLevel.Debug);
        });
    }

    /// <summary>What every test hub shares: Development, the run's Azurite with its own tables and cluster, free silo ports, the test keys.</summary>
    public static void ConfigureTestHub(IWebHostBuilder builder, string storage, string tablePrefix)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:ConnectionString", storage);
        builder.UseSetting("Storage:TablePrefix", tablePrefix);
        builder.UseSetting("Orleans:SiloPort", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Orleans:GatewayPort", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Orleans:ClusterId", tablePrefix);
        builder.UseSetting("Auth:DevSigningKey", SigningKey);
        builder.UseSetting("Demo:Seed", "false");
        builder.UseSetting("Evidence:SigningKey", Convert.ToBase64String(EvidenceKey));
        builder.UseSetting("Labels:FingerprintKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
