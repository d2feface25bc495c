using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using ComplianceHub.Server.Tests.Infrastructure;
using ComplianceHub.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace ComplianceHub.Server.Tests.Operations;

/// <summary>
/// A hub on real Kestrel sockets (its API port and a Prometheus port of its own), with metrics and traces on and
/// read back through OpenTelemetry's in-memory exporters: what an operator's collector would receive.
/// </summary>
public sealed class ObservedHub : IAsyncLifetime
{
    private readonly List<MetricSnapshot> _metrics = [];

    public List<Activity> Spans { get; } = [];

    public int ApiPort { get; } = HubFactory.FreePort();

    public int MetricsPort { get; } = HubFactory.FreePort();

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var storage = await AzuriteInstance.GetConnectionStringAsync();
        var prefix = AzuriteInstance.UniqueName("otel")[..16];
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            HubFactory.ConfigureTestHub(b, storage, prefix);
            b.UseSetting("OpenTelemetry:Metrics", "true");
            b.UseSetting("OpenTelemetry:Traces", "true");
            b.UseSetting("OpenTelemetry:PrometheusPort", MetricsPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.ConfigureServices(services => services
                .ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(_metrics))
                .ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(Spans)));
        });
        Factory.UseKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, ApiPort);
            k.Listen(IPAddress.Loopback, MetricsPort);
        });
        Factory.StartServer();
    }

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();

    public HttpClient Client(int? port = null) => new() { BaseAddress = new Uri($"http://127.0.0.1:{port ?? ApiPort}") };

    public async Task<HttpClient> AsAsync(string role, string? enterprise = null)
    {
        var client = Client();
        var token = await client.GetFromJsonAsync<TokenResponse>(
            $"/dev/token?role={role}&subject=otel-{role}" + (enterprise is null ? "" : $"&enterprise={enterprise}"), TestContext.Current.CancellationToken);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    /// <summary>Collects now and returns the latest snapshot of every metric (cumulative since start).</summary>
    public IReadOnlyList<MetricSnapshot> Collect()
    {
        lock (_metrics)
        {
            _metrics.Clear();
            // The Prometheus reader is pulled by scrapes and reports false to a flush: what counts is what was exported.
            Factory.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000);
            Assert.NotEmpty(_metrics);
            return [.. _metrics];
        }
    }

    /// <summary>The sum of a counter (or the count of a histogram) over the points whose tags include all of <paramref name="tags"/>.</summary>
    public long Total(string metric, params (string Key, object Value)[] tags) =>
        Collect().Where(m => m.Name == metric).SelectMany(m => m.MetricPoints.Select(p => (m.MetricType, Point: p)))
            .Where(x => tags.All(t => HasTag(x.Point, t.Key, t.Value)))
            .Sum(x => x.MetricType.IsHistogram() ? x.Point.GetHistogramCount() : x.Point.GetSumLong());

    public void FlushSpans() => Assert.True(Factory.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));

    /// <summary>A point's tags (the SDK's tag collection is a struct enumerable, not an IEnumerable).</summary>
    public static List<KeyValuePair<string, object?>> TagsOf(MetricPoint point)
    {
        var tags = new List<KeyValuePair<string, object?>>();
        foreach (var tag in point.Tags)
        {
            tags.Add(tag);
        }

        return tags;
    }

    private static bool HasTag(MetricPoint point, string key, object value) =>
        TagsOf(point).Any(t => t.Key == key
            && Convert.ToString(t.Value, System.Globalization.CultureInfo.InvariantCulture) == Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));

    private sealed record TokenResponse(string AccessToken, DateTimeOffset ExpiresAt);
}
