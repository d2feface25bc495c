namespace ComplianceHub.Cluster.Tests.Infrastructure;

/// <summary>
/// An Azurite of its own, keeping its data in a folder so it can be stopped and started again mid-test on the same
/// ports: an outage of the storage account that ends. Stopped gracefully, as a restart would be; Azurite saves its
/// database as it closes.
/// </summary>
public sealed class OnDiskAzurite : IAsyncDisposable
{
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly int[] _ports = Ports.Free(3);
    private readonly string _folder;
    private ChildProcess? _process;
    private int _starts;

    public OnDiskAzurite(string folder)
    {
        _folder = folder;
        Directory.CreateDirectory(Path.Combine(folder, "azurite"));
    }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Key};" +
        $"BlobEndpoint=http://127.0.0.1:{_ports[0]}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{_ports[1]}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{_ports[2]}/devstoreaccount1;";

    public async Task StartAsync()
    {
        _starts++;
        _process = ChildProcess.Start(Repository.Azurite,
        [
            "--location", Path.Combine(_folder, "azurite"), "--skipApiVersionCheck", "--loose",
            "--blobHost", "127.0.0.1", "--blobPort", $"{_ports[0]}", "--queueHost", "127.0.0.1", "--queuePort", $"{_ports[1]}",
            "--tableHost", "127.0.0.1", "--tablePort", $"{_ports[2]}",
        ], new Dictionary<string, string>(), Path.Combine(_folder, $"azurite-{_starts}.log"));
        await Eventually.WaitAsync(() => Ports.IsOpenAsync(_ports[2]), TimeSpan.FromSeconds(60), "Azurite listening");
    }

    /// <summary>Asks Azurite to close (it saves its database) and waits for it to let go of its ports.</summary>
    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }

        _process.Terminate();
        var log = _process.LogPath;
        await Eventually.WaitAsync(
            async () => _process.HasExited || (await ReadShared(log)).Split("successfully closed").Length > 3,
            TimeSpan.FromSeconds(60), "Azurite closing");
        _process.Dispose();
        _process = null;
        await Eventually.WaitAsync(async () => !await Ports.IsOpenAsync(_ports[2]), TimeSpan.FromSeconds(30), "Azurite port released");
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
    }

    private static async Task<string> ReadShared(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }
}
