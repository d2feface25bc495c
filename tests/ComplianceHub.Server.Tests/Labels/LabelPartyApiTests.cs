using System.Net;
using System.Net.Http.Json;
using ComplianceHub.Server.Labels;
using ComplianceHub.Server.Tests.Infrastructure;

namespace ComplianceHub.Server.Tests.Labels;

/// <summary>Samples may declare <c>party</c>; identity numbers are counted under their own code.</summary>
public sealed class LabelPartyApiTests(HubFactory hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Today => DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task An_organisation_sample_passes_and_an_identity_number_is_counted()
    {
        var admin = await hub.AsAsync("admin");
        var id = TestEnterprises.NewId();
        Assert.Equal(HttpStatusCode.Created, (await admin.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile())).StatusCode);
        var client = await hub.AsAsync("enterprise", enterprise: id);
        object[] samples =
        [
            new { id = "shop", name = "义乌小商品旗舰店", phone = "4008123456", address = "人民路12号", party = "organization" },
            new { id = "person", name = "李明", phone = "4008123456", address = "人民路12号", party = "organization" },
            new { id = "id-no", name = "王*", phone = "138******78", address = "人民路12号 330782199003071235" },
        ];

        var response = await client.PostAsJsonAsync($"/api/v1/enterprises/{id}/label-batches",
            new { batchId = "b-party", date = Today, printed = 100, masked = 100, samples }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var result = (await response.Content.ReadFromJsonAsync<LabelBatchResponse>(Ct))!;
        Assert.Equal(1, result.CompliantSamples);
        Assert.Equal(1, result.Violations["ID_NUMBER_PRINTED"]);
        Assert.Equal(1, result.Violations["NAME_VISIBLE"]);
        Assert.True(result.DeclarationContradicted);
    }

    [Fact]
    public async Task An_unknown_party_is_refused_naming_the_field_and_nothing_is_stored()
    {
        var admin = await hub.AsAsync("admin");
        var id = TestEnterprises.NewId();
        await admin.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile());
        var client = await hub.AsAsync("enterprise", enterprise: id);

        var response = await client.PostAsJsonAsync($"/api/v1/enterprises/{id}/label-batches",
            new { batchId = "b-bad", date = Today, printed = 1, masked = 1, samples = new[] { new { id = "s1", name = "王*", phone = "", address = "", party = "company" } } }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("samples[0].party", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var series = await client.GetStringAsync($"/api/v1/enterprises/{id}/labels", Ct);
        Assert.DoesNotContain("\"batches\":1", series, StringComparison.Ordinal);
    }
}
