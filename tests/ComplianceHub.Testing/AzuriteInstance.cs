using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace ComplianceHub.Testing;

/// <summary>
/// The one Azurite a test process talks to. The test script starts one per run and passes it in
/// <c>CHUB_TEST_STORAGE</c>; when that is not set (IDE, single project run) the first caller starts
/// a private in-memory Azurite from the pinned <c>deploy/node_modules</c> and it dies with the process.
/// </summary>
public static class AzuriteInstance
{
    public const string EnvironmentVariable = "CHUB_TEST_STORAGE";

    // The emulator's published well-known account; not a secret.
    private const string AccountName = "devstoreaccount1";
    private const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly Lazy<Task<string>> Instance = new(StartOrReuseAsync);

    public static Task<string> GetConnectionStringAsync() => Instance.Value;

    /// <summary>
    /// A unique lowercase name (letters and digits, starting with a letter, at most 40 characters)
    /// that is valid both as a table name and as a blob container name, so tests never share one.
    /// </summary>
    public static string UniqueName(string prefix)
    {
        var clean = new StringBuilder();
        foreach (var c in (prefix ?? string.Empty).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9' && clean.Length < 12)
            {
                clean.Append(c);
            }
        }

        if (clean.Length == 0 || !char.IsAsciiLetterLower(clean[0]))
        {
            clean.Insert(0, 't');
        }

        var random = Convert.ToHexString(RandomNumberGenerator.GetBytes(20)).ToLowerInvariant();
        return (clean + random)[..40];
    }

    private static Task<string> StartOrReuseAsync()
    {
        var fromScript = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(fromScript) ? StartAsync() : Task.FromResult(fromScript);
    }

    private static async Task<string> StartAsync()
    {
        var repoRoot = RepositoryRoot.Path;
        var azurite = Path.Combine(repoRoot, "deploy", "node_modules", ".bin",
            OperatingSystem.IsWindows() ? "azurite.cmd" : "azurite");
        if (!File.Exists(azurite))
        {
            throw new InvalidOperationException(
                $"未找到 Azurite，请先运行 `npm ci --prefix deploy` (Azurite not found at {azurite}; " +
                "run `npm ci --prefix deploy` in the repository root first).");
        }

        int[] ports = FreePorts(3);
        var (blobPort, queuePort, tablePort) = (ports[0], ports[1], ports[2]);
        var process = AzuriteProcess.Start(azurite, repoRoot,
        [
            "--inMemoryPersistence", "--silent", "--skipApiVersionCheck", "--loose",
            "--blobHost", "127.0.0.1", "--blobPort", $"{blobPort}",
            "--queueHost", "127.0.0.1", "--queuePort", $"{queuePort}",
            "--tableHost", "127.0.0.1", "--tablePort", $"{tablePort}",
        ]);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => process.Stop();

        await process.WaitUntilTableListensAsync(StartTimeout).ConfigureAwait(false);

        return $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
               $"BlobEndpoint=http://127.0.0.1:{blobPort}/{AccountName};" +
               $"QueueEndpoint=http://127.0.0.1:{queuePort}/{AccountName};" +
               $"TableEndpoint=http://127.0.0.1:{tablePort}/{AccountName};";
    }

    // All listeners are held open together so the OS cannot hand out the same port twice.
    private static int[] FreePorts(int count)
    {
        var listeners = new List<TcpListener>();
        try
        {
            for (var i = 0; i < count; i++)
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                listeners.Add(listener);
            }

            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }
    }
}
