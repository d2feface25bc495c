using System.Net;
using System.Net.Http.Json;
using ComplianceHub.Server.Labels;
using ComplianceHub.Server.Tests.Infrastructure;

namespace ComplianceHub.Server.Tests.Labels;

public sealed class LabelBatchApiTests(HubFactory hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Today => DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<(string Id, HttpClient Client)> RegisteredEnterprise()
    {
        var admin = await hub.AsAsync("admin");
        var id = TestEnterprises.NewId();
        Assert.Equal(HttpStatusCode.Created, (await admin.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile())).StatusCode);
        return (id, await hub.AsAsync("enterprise", enterprise: id));
    }

    private static object Batch(string batchId, long printed, long masked, IEnumerable<object> samples, string? date = null) =>
        new { batchId, date = date ?? Today, printed, masked, samples };

    [Fact]
    public async Task The_dev_examples_are_counted_exactly_as_expected()
    {
        var (id, client) = await RegisteredEnterprise();
        var examples = DevLabels.All;

        var response = await client.PostAsJsonAsync($"/api/v1/enterprises/{id}/label-batches",
            Batch("b-dev-1", 1000, 900, examples.Select(DevLabels.Sample)), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var result = (await response.Content.ReadFromJsonAsync<LabelBatchResponse>(Ct))!;
        Assert.Equal(examples.Count, result.SamplesChecked);
        Assert.Equal(examples.Count(e => e.Compliant), result.CompliantSamples);
        foreach (var code in new[] { "NAME_VISIBLE", "PHONE_UNDER_MASKED", "ADDRESS_ROOM_VISIBLE" })
        {
            Assert.Equal(examples.Count(e => e.Violations.Contains(code)), result.Violations[code]);
        }

        Assert.Equal(0.9, result.DeclaredCoverage);
        Assert.Equal((double)result.CompliantSamples / result.SamplesChecked, result.VerifiedCoverage);
        Assert.False(result.DeclarationContradicted);
        Assert.Equal(2, result.EvidenceSeq);
    }

    [Fact]
    public async Task A_replayed_batch_returns_the_first_result_and_counts_nothing_twice()
    {
        var (id, client) = await RegisteredEnterprise();
        var batch = Batch("b-replay", 500, 500, DevLabels.All.Take(10).Select(DevLabels.Sample));

        var first = await (await client.PostAsJsonAsync($"/api/v1/enterprises/{id}/label-batches", batch, Ct)).Content.ReadFromJsonAsync<LabelBatchResponse>(Ct);
        var again = await client.PostAsJsonAsync($"/api/v1/enterprises/{id}/label-batches", batch, Ct);
        var replay = await again.Content.ReadFromJsonAsync<LabelBatchResponse>(Ct);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True(replay!.Replayed);
        Assert.Equal(first! with { Replayed = true }, replay with { Violations = first.Violations });
        var series = await client.GetFromJsonAsync<List<DailyLabelResponse>>($"/api/v1/enterprises/{id}/labels", Ct);
        var day = Assert.Single(series!);
        Assert.Equal(500, day.Printed);
        Assert.Equal(10, day.SamplesChecked);
        Assert.Equal(1, day.Batches);
    }

    [Fact]
    public async Task A_batch_declared_fully_masked_whose_samples_violate_is_a_false_declaration()
    {
        var (id, client) = await RegisteredEnterprise();
        var violating = DevLabels.All.First(e => !e.Compliant);

        var response = await client.PostAsJsonAsync($"/api/v1/enterprises/{id}/label-batches",
            Batch("b-false", 200, 200, [DevLabels.Sample(violating)]), Ct);

        var result = await response.Content.ReadFromJsonAsync<LabelBatchResponse>(Ct);
        Assert.True(result!.DeclarationContradicted);
        var day = Assert.Single((await client.GetFromJsonAsync<List<DailyLabelResponse>>($"/api/v1/enterprises/{id}/labels", Ct))!);
        Assert.Equal(1, day.DeclarationsContradicted);
        Assert.Equal(1.0, day.DeclaredCoverage);
        Assert.Equal(0.0, day.VerifiedCoverage);
    }

    [Fact]
    public async Task Batches_of_one_day_sum_into_that_day_and_other_days_stay_apart()
    {
        var (id, client) = await RegisteredEnterprise();
        var yesterday = DateTime.UtcNow.AddHours(8).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var compliant = DevLabels.All.Where(e => e.Compliant).Take(4).Select(DevLabels.Sample).ToList();
        await client.PostAsJsonAsync($"/api/v1/enterprises/{id}/label-batches", Batch("d1", 100, 80, compliant.Take(2)), Ct);
        await client.PostAsJsonAsync($"/api/v1/enterprises/{id}/label-batches", Batch("d2", 300, 300, compliant.Skip(2)), Ct);
        await client.PostAsJsonAsync($"/api/v1/enterprises/{id}/label-batches", Batch("d0", 50, 0, [], yesterday), Ct);

        var series = (await client.GetFromJsonAsync<List<DailyLabelResponse>>($"/api/v1/enterprises/{id}/labels", Ct))!;

        Assert.Equal([yesterday, Today], series.Select(d => d.Date));
        Assert.Equal(400, series[1].Printed);
        Assert.Equal(380, series[1].DeclaredMasked);
        Assert.Equal(0.95, series[1].DeclaredCoverage);
        Assert.Equal(1.0, series[1].VerifiedCoverage);
        Assert.Null(series[0].VerifiedCoverage);
    }
}
