using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ComplianceHub.Domain.Enterprises;

namespace ComplianceHub.Benchmarks.Ingest;

/// <summary>
/// End-to-end ingest load: label batches through the HTTP API of a running hub (Development, so it
/// can mint tokens) into its storage. Loopback only, bounded in batches and time, stops by itself.
/// <c>dotnet run -c Release --project bench/ComplianceHub.Benchmarks -- ingest [url] [batches] [batchSize] [concurrency] [enterprises]</c>
/// </summary>
public static class IngestLoad
{
    private static readonly TimeSpan MaxDuration = TimeSpan.FromMinutes(5);

    public static async Task<int> RunAsync(string[] args)
    {
        var url = new Uri(args.ElementAtOrDefault(1) ?? "http://localhost:5000");
        if (!url.IsLoopback)
        {
            Console.Error.WriteLine("只对本机压测 (load is sent to loopback addresses only).");
            return 2;
        }

        var batches = Arg(args, 2, 300);
        var batchSize = Arg(args, 3, 1000);
        var concurrency = Arg(args, 4, 8);
        var enterpriseCount = Arg(args, 5, 16);
        using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromMinutes(2) };

        var enterprises = await RegisterAsync(http, enterpriseCount);
        Console.Error.WriteLine($"prepared {enterpriseCount} enterprises; building {batches} batches of {batchSize}…");
        var random = new Random(41833);
        var today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var run = RandomNumberGenerator.GetHexString(6).ToLowerInvariant();
        var payloads = Enumerable.Range(0, batches).Select(b =>
        {
            var samples = Enumerable.Range(0, batchSize).Select(i => SyntheticLabels.Sample(random, i)).ToList();
            var body = JsonSerializer.SerializeToUtf8Bytes(new { batchId = $"{run}-{b}", date = today, printed = batchSize * 20, masked = batchSize * 19, samples });
            return (Enterprise: enterprises[b % enterprises.Count], Body: body);
        }).ToList();

        var latencies = new List<double>();
        var next = -1;
        var failures = 0;
        using var deadline = new CancellationTokenSource(MaxDuration);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < payloads.Count && !deadline.IsCancellationRequested)
            {
                var (enterprise, body) = payloads[i];
                using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/enterprises/{enterprise.Id}/label-batches")
                {
                    Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
                };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", enterprise.Token);
                var started = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request, deadline.Token);
                var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                lock (latencies)
                {
                    latencies.Add(ms);
                    failures += response.IsSuccessStatusCode ? 0 : 1;
                }
            }
        }));
        clock.Stop();

        latencies.Sort();
        var sent = latencies.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"batches {sent} × {batchSize} labels, concurrency {concurrency}, {enterpriseCount} enterprises: " +
            $"{sent * batchSize / clock.Elapsed.TotalSeconds:F0} labels/s, {sent / clock.Elapsed.TotalSeconds:F1} batches/s, " +
            $"batch latency p50 {latencies[sent / 2]:F0} ms, p99 {latencies[Math.Min(sent - 1, sent * 99 / 100)]:F0} ms, failures {failures}"));
        return failures == 0 ? 0 : 1;
    }

    private static async Task<List<(string Id, string Token)>> RegisterAsync(HttpClient http, int count)
    {
        var admin = await TokenAsync(http, "role=admin&subject=ingest-load");
        var list = new List<(string, string)>();
        for (var i = 0; i < count; i++)
        {
            var id = SocialCreditCode.Create(string.Create(CultureInfo.InvariantCulture, $"91330782MA{RandomNumberGenerator.GetInt32(10_000_000):D7}")).ToString();
            using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/enterprises/{id}")
            {
                Content = new StringContent($$"""{"name":"压测网点{{i}}","kind":"courier-outlet","division":"330782"}""", Encoding.UTF8, "application/json"),
            };
            put.Headers.Authorization = new AuthenticationHeaderValue("Bearer", admin);
            (await http.SendAsync(put)).EnsureSuccessStatusCode();
            list.Add((id, await TokenAsync(http, $"role=enterprise&enterprise={id}")));
        }

        return list;
    }

    private static async Task<string> TokenAsync(HttpClient http, string query) =>
        (await http.GetFromJsonAsync<JsonElement>($"/dev/token?{query}")).GetProperty("accessToken").GetString()!;

    private static int Arg(string[] args, int index, int fallback) =>
        int.TryParse(args.ElementAtOrDefault(index), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
