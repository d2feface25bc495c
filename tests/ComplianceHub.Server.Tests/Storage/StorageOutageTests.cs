using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using ComplianceHub.Domain.Evidence;
using ComplianceHub.Server.Labels;
using ComplianceHub.Server.Tests.Infrastructure;
using ComplianceHub.Testing;
using Microsoft.AspNetCore.Mvc;

namespace ComplianceHub.Server.Tests.Storage;

/// <summary>The hub's table endpoint goes away mid-service and comes back: clients are told to retry, and nothing counts twice.</summary>
public sealed partial class StorageOutageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Today => DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task While_tables_are_unreachable_changes_and_activations_answer_503_and_after_they_return_a_retried_batch_counts_once()
    {
        var azurite = await AzuriteInstance.GetConnectionStringAsync();
        await using var relay = new CuttableTcpRelay(int.Parse(TablePort().Match(azurite).Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture));
        var storage = TablePort().Replace(azurite, $"TableEndpoint=http://127.0.0.1:{relay.Port}/");
        await using var hub = new ClockedHub(storage, AzuriteInstance.UniqueName("outage")[..16], new SettableTimeProvider(DateTimeOffset.UtcNow));
        var admin = await hub.AsAsync("admin");
        var id = TestEnterprises.NewId();
        Assert.Equal(HttpStatusCode.Created, (await admin.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile())).StatusCode);
        var client = await hub.AsAsync("enterprise", enterprise: id);
        var batch = new { batchId = "b-outage", date = Today, printed = 300, masked = 300, samples = DevLabels.All.Take(4).Select(DevLabels.Sample) };

        relay.Cut();
        var failed = await client.PostAsJsonAsync($"/api/v1/enterprises/{id}/label-batches", batch, Ct);
        var health = await client.GetAsync("/health/ready", Ct);
        var notYetActive = await admin.GetAsync($"/api/v1/enterprises/{TestEnterprises.NewId()}", Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        Assert.NotNull(failed.Headers.RetryAfter);
        Assert.Contains("重试", (await failed.Content.ReadFromJsonAsync<ProblemDetails>(Ct))!.Title, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, notYetActive.StatusCode);

        relay.Restore();
        var retried = await client.PostAsJsonAsync($"/api/v1/enterprises/{id}/label-batches", batch, Ct);
        var again = await client.PostAsJsonAsync($"/api/v1/enterprises/{id}/label-batches", batch, Ct);

        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var day = Assert.Single((await client.GetFromJsonAsync<List<DailyLabelResponse>>($"/api/v1/enterprises/{id}/labels", Ct))!);
        Assert.Equal(300, day.Printed);
        Assert.Equal(1, day.Batches);
        var log = (await admin.GetFromJsonAsync<List<EvidenceEntry>>($"/api/v1/enterprises/{id}/evidence/log", Ct))!;
        Assert.Equal([1L, 2L], log.Select(e => e.Seq));
        Assert.True(EvidenceChain.Verify(log, id).IsValid);
    }

    [GeneratedRegex(@"TableEndpoint=http://127\.0\.0\.1:(?<port>\d+)/")]
    private static partial Regex TablePort();
}
