using System.Net.Http.Json;
using System.Text.Json;
using ComplianceHub.Cluster.Tests.Load;

namespace ComplianceHub.Cluster.Tests.Infrastructure;

/// <summary>An Azurite with its data on disk and <paramref name="size"/> hub processes clustered on it, with enterprises registered.</summary>
public sealed class TestCluster(int size) : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chub-cluster-").FullName;

    public OnDiskAzurite Azurite { get; private set; } = null!;

    public List<HubProcess> Hubs { get; } = [];

    public List<LoadEnterprise> Enterprises { get; } = [];

    public string Folder => _folder;

    public static string Today => DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public async Task StartAsync(int enterprises)
    {
        Azurite = new OnDiskAzurite(_folder);
        await Azurite.StartAsync();
        var settings = ClusterSettings.For(Azurite.ConnectionString);
        for (var i = 0; i < size; i++)
        {
            Hubs.Add(HubProcess.Start(i, settings, _folder));
        }

        foreach (var hub in Hubs)
        {
            await hub.WaitReadyAsync(TimeSpan.FromMinutes(4));
        }

        var admin = await TokenAsync(Hubs[0], "role=admin&subject=cluster-admin");
        for (var i = 0; i < enterprises; i++)
        {
            var id = ComplianceHub.Domain.Enterprises.SocialCreditCode.Create($"91330782MA{4_000_000 + i:D7}").ToString();
            using var register = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/enterprises/{id}")
            {
                Content = JsonContent.Create(new { name = $"集群测试网点{i}", kind = "courier-outlet", division = "330782" }),
            };
            register.Headers.Authorization = new("Bearer", admin);
            (await Hubs[i % Hubs.Count].Http.SendAsync(register)).EnsureSuccessStatusCode();
            Enterprises.Add(new LoadEnterprise(id, await TokenAsync(Hubs[0], $"role=enterprise&enterprise={id}")));
        }
    }

    /// <summary>
    /// How long until every enterprise answers a read through the hubs still running: each enterprise is asked on its
    /// own until it answers, so the figure is the slowest enterprise's, not the sum of a round of reads.
    /// </summary>
    public async Task<TimeSpan> AllAnswerAsync(TimeSpan timeout)
    {
        var times = await Task.WhenAll(Enterprises.Select((enterprise, i) => Eventually.WaitAsync(async () =>
        {
            var live = Hubs.Where(h => !h.HasExited).ToList();
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/enterprises/{enterprise.Id}");
            request.Headers.Authorization = new("Bearer", enterprise.Token);
            try
            {
                using var response = await live[i % live.Count].Http.SendAsync(request);
                return response.IsSuccessStatusCode;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                return false;
            }
        }, timeout, $"{enterprise.Id} answering", TimeSpan.FromMilliseconds(100))));
        return times.Max();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var hub in Hubs)
        {
            hub.Dispose();
        }

        if (Azurite is not null)
        {
            await Azurite.DisposeAsync();
        }

        // The hubs' logs and Azurite's files are kept only when asked for (CHUB_KEEP_CLUSTER_FILES=1), to read a failure.
        if (Environment.GetEnvironmentVariable("CHUB_KEEP_CLUSTER_FILES") != "1")
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static async Task<string> TokenAsync(HubProcess hub, string query) =>
        (await hub.Http.GetFromJsonAsync<JsonElement>($"/dev/token?{query}")).GetProperty("accessToken").GetString()!;
}
