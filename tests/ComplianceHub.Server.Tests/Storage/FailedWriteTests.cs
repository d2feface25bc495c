using System.Net;
using System.Net.Http.Json;
using Azure.Data.Tables;
using ComplianceHub.Domain.Evidence;
using ComplianceHub.Server.Labels;
using ComplianceHub.Server.Tests.Infrastructure;
using ComplianceHub.Testing;
using Microsoft.AspNetCore.Mvc;

namespace ComplianceHub.Server.Tests.Storage;

/// <summary>
/// A state write that does not land (here: another writer changed the row since the grain read it, as a second
/// activation after a network partition would) must leave nothing half done and tell the client to retry.
/// </summary>
public sealed class FailedWriteTests(HubFactory hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Today => DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_write_that_meets_a_changed_row_answers_503_stores_nothing_and_the_retry_counts_once()
    {
        var admin = await hub.AsAsync("admin");
        var id = TestEnterprises.NewId();
        Assert.Equal(HttpStatusCode.Created, (await admin.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile())).StatusCode);
        var client = await hub.AsAsync("enterprise", enterprise: id);
        var batch = new { batchId = "b-conflict", date = Today, printed = 400, masked = 400, samples = DevLabels.All.Take(5).Select(DevLabels.Sample) };
        await TouchGrainStateAsync(id);

        var failed = await client.PostAsJsonAsync($"/api/v1/enterprises/{id}/label-batches", batch, Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        Assert.NotNull(failed.Headers.RetryAfter);
        var problem = await failed.Content.ReadFromJsonAsync<ProblemDetails>(Ct);
        Assert.Contains("重试", problem!.Title, StringComparison.Ordinal);
        Assert.Contains("retry", problem.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Exception", await failed.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal([1L], (await EvidenceLogAsync(admin, id)).Select(e => e.Seq));
        Assert.Empty((await client.GetFromJsonAsync<List<DailyLabelResponse>>($"/api/v1/enterprises/{id}/labels", Ct))!);

        var retried = await client.PostAsJsonAsync($"/api/v1/enterprises/{id}/label-batches", batch, Ct);

        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        var log = await EvidenceLogAsync(admin, id);
        Assert.Equal([1L, 2L], log.Select(e => e.Seq));
        Assert.True(EvidenceChain.Verify(log, id).IsValid);
        var day = Assert.Single((await client.GetFromJsonAsync<List<DailyLabelResponse>>($"/api/v1/enterprises/{id}/labels", Ct))!);
        Assert.Equal(400, day.Printed);
        Assert.Equal(1, day.Batches);
    }

    private static async Task<List<EvidenceEntry>> EvidenceLogAsync(HttpClient admin, string id) =>
        (await admin.GetFromJsonAsync<List<EvidenceEntry>>($"/api/v1/enterprises/{id}/evidence/log", Ct))!;

    /// <summary>Rewrites the enterprise's state row unchanged: same content, new ETag, as another writer would leave it.</summary>
    private async Task TouchGrainStateAsync(string id)
    {
        var table = new TableClient(await AzuriteInstance.GetConnectionStringAsync(), hub.TablePrefix + "grainstate");
        var row = await table.QueryAsync<TableEntity>(cancellationToken: Ct)
            .FirstAsync(r => r.PartitionKey.EndsWith(id, StringComparison.Ordinal) && r.RowKey.EndsWith("_enterprise", StringComparison.Ordinal), Ct);
        await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, Ct);
    }
}
