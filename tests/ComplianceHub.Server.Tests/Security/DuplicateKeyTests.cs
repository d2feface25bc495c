using System.Net.Http.Json;
using System.Text.Json;
using ComplianceHub.Server.Tests.Infrastructure;
using static ComplianceHub.Server.Tests.Security.SecurityApi;

namespace ComplianceHub.Server.Tests.Security;

/// <summary>A JSON object with a key twice is refused naming the key: a proxy, a log and the hub must not read different values.</summary>
public sealed class DuplicateKeyTests(HubFactory hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_duplicate_division_does_not_move_the_enterprise()
    {
        var (id, _, admin) = await EnterpriseAsync(hub);
        var seq = await EvidenceSeqAsync(admin, id);

        var body = await ExpectRefusedAsync(
            await admin.PutJsonAsync($"/api/v1/enterprises/{id}", """{"name":"网点","kind":"courier-outlet","division":"330782","division":"420106"}"""),
            "$.division");

        Assert.Contains("duplicate key", body, StringComparison.Ordinal);
        var profile = JsonDocument.Parse(await admin.GetStringAsync($"/api/v1/enterprises/{id}", Ct)).RootElement;
        Assert.Equal("330782", profile.GetProperty("division").GetString());
        Assert.Equal(seq, await EvidenceSeqAsync(admin, id));
    }

    [Fact]
    public async Task A_duplicate_key_inside_a_sample_is_named_by_its_path()
    {
        var (id, company, admin) = await EnterpriseAsync(hub);
        var json = $$"""{"batchId":"dup-1","date":"{{Today}}","printed":10,"masked":10,"samples":[{"id":"s1","name":"王*","name":"王小明","phone":"138******78","address":"人民路1号****"}]}""";

        await ExpectRefusedAsync(await company.PostJsonAsync($"/api/v1/enterprises/{id}/label-batches", json), "$.samples[0].name");

        Assert.Equal(1, await EvidenceSeqAsync(admin, id));
    }

    [Fact]
    public async Task Upper_case_media_types_are_json_too()
    {
        var (id, company, _) = await EnterpriseAsync(hub);
        using var content = new StringContent($$"""{"batchId":"mt-1","date":"{{Today}}","printed":1,"masked":1,"samples":[]}""");
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("APPLICATION/JSON");

        var response = await company.PostAsync($"/api/v1/enterprises/{id}/label-batches", content, Ct);

        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        _ = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }
}
