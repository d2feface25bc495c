using System.Net;
using System.Net.Http.Json;
using ComplianceHub.Server.Labels;
using ComplianceHub.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace ComplianceHub.Server.Tests.Labels;

/// <summary>A bad batch is refused whole, naming the field, and counts nothing.</summary>
public sealed class LabelBatchBadInputTests(HubFactory hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Today => DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static TheoryData<string, string> BadBatches => new()
    {
        { """{"batchId":"b1","date":"TODAY","printed":10,"masked":11,"samples":[]}""", "masked" },
        { """{"batchId":"b1","date":"TODAY","printed":-1,"masked":0,"samples":[]}""", "printed" },
        { """{"batchId":"b1","date":"TODAY","printed":"ten","masked":0,"samples":[]}""", "$.printed" },
        { """{"batchId":"b1","date":"2023/02/01","printed":10,"masked":0,"samples":[]}""", "date" },
        { """{"batchId":"b1","date":"2999-01-01","printed":10,"masked":0,"samples":[]}""", "date" },
        { """{"batchId":"b 1","date":"TODAY","printed":10,"masked":0,"samples":[]}""", "batchId" },
        { """{"date":"TODAY","printed":10,"masked":0,"samples":[]}""", "batchId" },
        { """{"batchId":"b1","date":"TODAY","printed":10,"masked":0}""", "samples" },
        { """{"batchId":"b1","date":"TODAY","printed":10,"masked":0,"samples":[{"name":"张*"}]}""", "samples[0].id" },
        { """{"batchId":"b1","date":"TODAY","printed":10,"masked":0,"samples":[{"id":"s1","phone":13800000000}]}""", "$.samples[0].phone" },
        { """{"batchId":"b1","date":"TODAY","printed":10,"masked":0,"samples":[{"id":"s1","name":"张\u0000三"}]}""", "samples[0].name" },
        { """{"batchId":"b1","date":"TODAY","printed":10,"masked":0,"samples":[{"id":"s1"},{"id":"s1"}]}""", "samples[1].id" },
        { """{"batchId":"b1","date":"TODAY","printed":10,"masked":0,"samples":[null]}""", "samples[0]" },
        { """{"batchId":"b1","date":"TODAY","printed":10,"masked":0,"samples":[],"extra":1}""", "$" },
        { """{"batchId":"b1","date":"TODAY","printed":10,"masked":0,"samples":[""", "$" },
    };

    [Theory]
    [MemberData(nameof(BadBatches))]
    public async Task A_bad_batch_is_400_naming_the_field_and_counts_nothing(string body, string field)
    {
        var (id, client) = await Registered();

        var response = await client.PostJsonAsync($"/api/v1/enterprises/{id}/label-batches", body.Replace("TODAY", Today, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(Ct);
        Assert.Contains(problem!.Errors.Keys, k => k.StartsWith(field, StringComparison.Ordinal));
        Assert.Empty((await client.GetFromJsonAsync<List<DailyLabelResponse>>($"/api/v1/enterprises/{id}/labels", Ct))!);
    }

    [Fact]
    public async Task More_than_ten_thousand_samples_is_refused_whole()
    {
        var (id, client) = await Registered();
        var samples = Enumerable.Range(0, 10_001).Select(i => new { id = $"s{i}", name = "张*", phone = "138******78", address = "" });

        var response = await client.PostAsJsonAsync($"/api/v1/enterprises/{id}/label-batches",
            new { batchId = "big", date = Today, printed = 20_000, masked = 20_000, samples }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("samples", (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(Ct))!.Errors.Keys);
        Assert.Empty((await client.GetFromJsonAsync<List<DailyLabelResponse>>($"/api/v1/enterprises/{id}/labels", Ct))!);
    }

    [Fact]
    public async Task Only_the_enterprise_itself_submits_and_a_regulator_reads_the_series()
    {
        var (id, _) = await Registered();
        var other = await hub.AsAsync("enterprise", enterprise: TestEnterprises.NewId());
        var regulator = await hub.AsAsync("regulator.postal", "3307");
        var batch = new { batchId = "x", date = Today, printed = 1, masked = 1, samples = Array.Empty<object>() };

        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsJsonAsync($"/api/v1/enterprises/{id}/label-batches", batch, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await regulator.PostAsJsonAsync($"/api/v1/enterprises/{id}/label-batches", batch, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await regulator.GetAsync($"/api/v1/enterprises/{id}/labels", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_batch_for_an_unregistered_enterprise_is_404()
    {
        var id = TestEnterprises.NewId();
        var self = await hub.AsAsync("enterprise", enterprise: id);

        var response = await self.PostAsJsonAsync($"/api/v1/enterprises/{id}/label-batches",
            new { batchId = "x", date = Today, printed = 1, masked = 1, samples = Array.Empty<object>() }, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("from=2026-13-01", "from")]
    [InlineData("to=yesterday", "to")]
    [InlineData("from=2025-01-10&to=2025-01-01", "from")]
    [InlineData("from=2020-01-01&to=2025-01-01", "from")]
    public async Task Bad_series_ranges_are_400(string query, string field)
    {
        var (id, client) = await Registered();

        var response = await client.GetAsync($"/api/v1/enterprises/{id}/labels?{query}", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(Ct))!.Errors.Keys);
    }

    private async Task<(string Id, HttpClient Client)> Registered()
    {
        var admin = await hub.AsAsync("admin");
        var id = TestEnterprises.NewId();
        await admin.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile());
        return (id, await hub.AsAsync("enterprise", enterprise: id));
    }
}
