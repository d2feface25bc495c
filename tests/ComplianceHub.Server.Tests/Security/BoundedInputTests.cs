using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ComplianceHub.Domain.Labels;
using ComplianceHub.Server.Tests.Infrastructure;
using ComplianceHub.Server.Tests.Inspections;
using static ComplianceHub.Server.Tests.Security.SecurityApi;

namespace ComplianceHub.Server.Tests.Security;

/// <summary>Every date and count a client sends is bounded on the way in: far dates and huge numbers are 400s, nothing stored.</summary>
public sealed class BoundedInputTests(HubFactory hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Far_dates_are_refused_naming_the_field()
    {
        var (id, company, admin) = await EnterpriseAsync(hub);
        var postal = await hub.AsAsync("regulator.postal", "3307");
        var inspection = await InspectionApi.OpenAsync(postal, id, "postal", DateOnly.FromDateTime(DateTime.UtcNow));
        var url = $"/api/v1/inspections/{inspection.GetProperty("id").GetString()}";
        var seq = await EvidenceSeqAsync(admin, id);

        await ExpectRefusedAsync(await postal.PostAsJsonAsync($"{url}/orders",
            new { orderId = "O-FAR", requirement = "整改", legalBasis = "《快递暂行条例》", deadline = "9999-12-31" }, Ct), "deadline");
        await ExpectRefusedAsync(await postal.PostAsJsonAsync("/api/v1/inspections",
            new { enterpriseId = id, authority = "postal", kind = "on-site", plannedOn = "9999-12-31" }, Ct), "plannedOn");
        await ExpectRefusedAsync(await postal.PostAsJsonAsync("/api/v1/inspections",
            new { enterpriseId = id, authority = "postal", kind = "on-site", plannedOn = "0001-01-01" }, Ct), "plannedOn");
        await ExpectRefusedAsync(await company.PutJsonAsync($"/api/v1/enterprises/{id}/staff", new
        {
            batchId = "r-far", asOf = DateTimeOffset.UtcNow,
            staff = new[] { new { staffId = "S1", role = "快递员", joinedOn = "2024-01-01", handlesPersonalInfo = true, nda = new { signedOn = "2024-01-01", expiresOn = "9999-12-31" } } },
        }), "staff[0].nda.expiresOn");
        await ExpectRefusedAsync(await company.PutJsonAsync($"/api/v1/enterprises/{id}/staff", new
        {
            batchId = "r-old", asOf = "1900-01-01T00:00:00+08:00", staff = Array.Empty<object>(),
        }), "asOf");
        await ExpectRefusedAsync(await company.PostAsJsonAsync($"/api/v1/enterprises/{id}/trainings",
            new { batchId = "t-old", heldOn = "0001-01-01", hours = 2, topic = "面单保护", staffIds = new[] { "S1" } }, Ct), "heldOn");
        await ExpectRefusedAsync(await company.GetAsync($"/api/v1/enterprises/{id}/labels?to=0001-01-01", Ct), "to");

        Assert.Equal(seq, await EvidenceSeqAsync(admin, id));
    }

    [Fact]
    public async Task Counts_beyond_a_day_of_one_enterprise_are_refused_and_sums_never_overflow()
    {
        var (id, company, admin) = await EnterpriseAsync(hub);
        var url = $"/api/v1/enterprises/{id}/label-batches";

        await ExpectRefusedAsync(await company.PostAsJsonAsync(url, new { batchId = "huge", date = Today, printed = long.MaxValue, masked = 0, samples = Array.Empty<object>() }, Ct), "printed");
        await ExpectRefusedAsync(await company.PostAsJsonAsync(url, new
        {
            batchId = "more-samples", date = Today, printed = 1, masked = 1,
            samples = new[] { new { id = "a", name = "王*", phone = "138******78", address = "人民路1号****" }, new { id = "b", name = "李*", phone = "139******78", address = "人民路2号****" } },
        }, Ct), "samples");

        var half = (LabelVolume.MaxPrintedPerDay / 2) + 1;
        Assert.Equal(HttpStatusCode.Created, (await company.PostAsJsonAsync(url, new { batchId = "half-1", date = Today, printed = half, masked = half, samples = Array.Empty<object>() }, Ct)).StatusCode);
        var seq = await EvidenceSeqAsync(admin, id);
        await ExpectRefusedAsync(await company.PostAsJsonAsync(url, new { batchId = "half-2", date = Today, printed = half, masked = half, samples = Array.Empty<object>() }, Ct), "printed");

        Assert.Equal(seq, await EvidenceSeqAsync(admin, id));
        var series = JsonDocument.Parse(await company.GetStringAsync($"/api/v1/enterprises/{id}/labels?from={Today}&to={Today}", Ct)).RootElement;
        Assert.Equal(half, series[0].GetProperty("printed").GetInt64());
    }
}
