using System.Net;
using System.Net.Http.Json;
using ComplianceHub.Server.Tests.Infrastructure;
using ComplianceHub.Storage.Diagnostics;

namespace ComplianceHub.Server.Tests.Operations;

/// <summary>What an operator's collector receives: the hub's own counters move with the work, requests are counted by route and status, storage calls are timed.</summary>
[Collection(TelemetryTestGroup.Name)]
public sealed class TelemetryTests(ObservedHub hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Today => DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_label_batch_moves_the_batch_counter_once_and_its_replay_counts_as_a_replay()
    {
        var (id, enterprise) = await RegisteredAsync();
        var accepted = ("chub.batch.outcome", (object)"accepted");
        var replayed = ("chub.batch.outcome", (object)"replayed");
        var labels = ("chub.batch.kind", (object)BatchKind.LabelBatch.Tag);
        var acceptedBefore = hub.Total("chub.batches", labels, accepted);
        var replayedBefore = hub.Total("chub.batches", labels, replayed);
        var evidenceBefore = hub.Total("chub.evidence.appends");
        var batch = new { batchId = "otel-1", date = Today, printed = 100, masked = 100, samples = DevLabels.All.Take(3).Select(DevLabels.Sample) };

        Assert.Equal(HttpStatusCode.Created, (await enterprise.PostAsJsonAsync($"/api/v1/enterprises/{id}/label-batches", batch, Ct)).StatusCode);
        Assert.Equal(1, hub.Total("chub.batches", labels, accepted) - acceptedBefore);
        Assert.Equal(0, hub.Total("chub.batches", labels, replayed) - replayedBefore);
        Assert.True(hub.Total("chub.evidence.appends") > evidenceBefore, "the batch's evidence entry was not counted");

        Assert.Equal(HttpStatusCode.OK, (await enterprise.PostAsJsonAsync($"/api/v1/enterprises/{id}/label-batches", batch, Ct)).StatusCode);
        Assert.Equal(1, hub.Total("chub.batches", labels, accepted) - acceptedBefore);
        Assert.Equal(1, hub.Total("chub.batches", labels, replayed) - replayedBefore);
    }

    [Fact]
    public async Task Requests_are_counted_by_route_pattern_and_status()
    {
        var (id, enterprise) = await RegisteredAsync();
        var route = ("http.route", (object)"/api/v1/enterprises/{id}/label-batches");
        var refusedBefore = hub.Total("http.server.request.duration", route, ("http.response.status_code", 400));
        var createdBefore = hub.Total("http.server.request.duration", route, ("http.response.status_code", 201));

        var bad = new { batchId = "otel-bad", date = Today, printed = -1, masked = 0, samples = Array.Empty<object>() };
        Assert.Equal(HttpStatusCode.BadRequest, (await enterprise.PostAsJsonAsync($"/api/v1/enterprises/{id}/label-batches", bad, Ct)).StatusCode);
        var good = new { batchId = "otel-good", date = Today, printed = 10, masked = 10, samples = Array.Empty<object>() };
        Assert.Equal(HttpStatusCode.Created, (await enterprise.PostAsJsonAsync($"/api/v1/enterprises/{id}/label-batches", good, Ct)).StatusCode);

        Assert.Equal(1, hub.Total("http.server.request.duration", route, ("http.response.status_code", 400)) - refusedBefore);
        Assert.Equal(1, hub.Total("http.server.request.duration", route, ("http.response.status_code", 201)) - createdBefore);
    }

    [Fact]
    public async Task Storage_requests_are_timed_by_table_without_their_keys()
    {
        var (id, _) = await RegisteredAsync();

        var points = hub.Collect().Where(m => m.Name == "chub.storage.request.duration").SelectMany(m => m.MetricPoints).ToList();

        var resources = points.SelectMany(p => ObservedHub.TagsOf(p)).Where(t => t.Key == "chub.storage.resource").Select(t => (string)t.Value!).Distinct().ToList();
        Assert.Contains(resources, r => r.EndsWith("evidence", StringComparison.Ordinal));
        Assert.Contains(resources, r => r.EndsWith("directory", StringComparison.Ordinal));
        Assert.DoesNotContain(resources, r => r.Contains(id, StringComparison.Ordinal));
        Assert.All(points, p => Assert.Contains(ObservedHub.TagsOf(p), t => t.Key == "chub.storage.service" && t.Value is "table" or "blob"));
    }

    [Fact]
    public async Task Orleans_meters_are_exported_too()
    {
        await RegisteredAsync();

        Assert.Contains(hub.Collect(), m => m.MeterName == "Microsoft.Orleans");
    }

    [Fact]
    public async Task No_metric_label_or_span_attribute_carries_what_a_client_typed()
    {
        const string phone = "13912345678";
        var admin = await hub.AsAsync("admin");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/enterprises/{phone}/findings?q={phone}");
        request.Headers.Host = $"{phone}.example";
        request.Headers.UserAgent.ParseAdd($"agent-{phone}");

        var response = await admin.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var labels = hub.Collect().SelectMany(m => m.MetricPoints).SelectMany(p => ObservedHub.TagsOf(p)).Select(t => $"{t.Key}={t.Value}");
        Assert.DoesNotContain(labels, l => l.Contains(phone, StringComparison.Ordinal));
        hub.FlushSpans();
        var span = Assert.Single(hub.Spans, s => s.GetTagItem("http.route") as string == "/api/v1/enterprises/{id}/findings" && s.GetTagItem("http.response.status_code") is 400);
        Assert.DoesNotContain(phone, span.DisplayName, StringComparison.Ordinal);
        Assert.DoesNotContain(hub.Spans.SelectMany(s => s.TagObjects), t => Convert.ToString(t.Value, System.Globalization.CultureInfo.InvariantCulture)!.Contains(phone, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_grain_call_is_a_child_span_of_its_request()
    {
        var (id, enterprise) = await RegisteredAsync();

        Assert.Equal(HttpStatusCode.OK, (await enterprise.GetAsync($"/api/v1/enterprises/{id}", Ct)).StatusCode);

        hub.FlushSpans();
        var request = hub.Spans.Last(s => s.GetTagItem("http.route") as string == "/api/v1/enterprises/{id}" && s.GetTagItem("http.request.method") as string == "GET");
        Assert.Contains(hub.Spans, s => s.TraceId == request.TraceId && s.Source.Name == "Microsoft.Orleans.Application" && s.GetTagItem("rpc.method") as string == "ComplianceHub.Abstractions.Enterprises.IEnterpriseGrain/GetView");
    }

    [Fact]
    public async Task Prometheus_scrapes_on_its_own_port_and_nowhere_else()
    {
        await RegisteredAsync();

        var scraped = await hub.Client(hub.MetricsPort).GetAsync("/metrics", Ct);
        var text = await scraped.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, scraped.StatusCode);
        Assert.Contains("chub_storage_request_duration_seconds_bucket", text, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await hub.Client().GetAsync("/metrics", Ct)).StatusCode);
    }

    private async Task<(string Id, HttpClient Enterprise)> RegisteredAsync()
    {
        var admin = await hub.AsAsync("admin");
        var id = TestEnterprises.NewId();
        Assert.Equal(HttpStatusCode.Created, (await admin.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile())).StatusCode);
        return (id, await hub.AsAsync("enterprise", id));
    }
}
