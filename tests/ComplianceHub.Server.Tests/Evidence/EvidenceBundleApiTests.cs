using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ComplianceHub.Domain.Evidence;
using ComplianceHub.Server.Evidence;
using ComplianceHub.Server.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace ComplianceHub.Server.Tests.Evidence;

/// <summary>The bundle a prosecutor takes to court: verified offline, its own export recorded, bad requests refused whole.</summary>
public sealed class EvidenceBundleApiTests(HubFactory hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_bundle_verifies_offline_with_the_published_key_and_records_its_own_export()
    {
        var admin = await hub.AsAsync("admin");
        var id = await EvidenceBundles.NewEnterpriseAsync(admin, changes: 7);
        var report = await admin.GetAsync($"/api/v1/enterprises/{id}/self-assessment.pdf", Ct);
        report.EnsureSuccessStatusCode();
        var reportId = report.Headers.GetValues("X-Report-Id").Single();
        var prosecutor = await hub.AsAsync("prosecutor", "3307");

        var files = await EvidenceBundles.FetchAsync(prosecutor, id, new { caseNumber = "金检民公〔2026〕12号", reason = "行政公益诉讼立案审查" });

        var key = await PublishedKeyAsync();
        Assert.Null(EvidenceBundles.Failure(files, key));
        Assert.Null(EvidenceBundles.Failure(files));
        var entries = files.Text("entries.jsonl").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(Enumerable.Range(1, entries.Count).Select(i => (long)i), entries.Select(e => e.GetProperty("seq").GetInt64()));
        var export = entries[^1];
        Assert.Equal(EvidenceKinds.EvidenceExported, export.GetProperty("kind").GetString());
        Assert.Equal("prosecutor:test-prosecutor", export.GetProperty("actor").GetString());
        Assert.Contains("金检民公〔2026〕12号", export.GetProperty("payload").GetString(), StringComparison.Ordinal);
        Assert.Contains($"reports/{reportId}.pdf", files.Keys);
        Assert.Equal(files.Count - 2, JsonDocument.Parse(files["manifest.json"]).RootElement.GetProperty("files").GetArrayLength());

        using var pdf = PdfDocument.Open(files[EvidenceListing.FileName]);
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        Assert.Contains("电子数据证据清单", text, StringComparison.Ordinal);
        Assert.Contains(JsonDocument.Parse(key).RootElement.GetProperty("fingerprint").GetString()!, text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("chub evidence verify", text, StringComparison.Ordinal);
        Assert.Contains("证据包调取", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_head_kept_from_earlier_is_proved_consistent_and_a_range_bundle_holds_only_its_range()
    {
        var admin = await hub.AsAsync("admin");
        var id = await EvidenceBundles.NewEnterpriseAsync(admin, changes: 5);
        var kept = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/enterprises/{id}/evidence/tree-head", Ct);
        for (var i = 0; i < 6; i++) await admin.PutJsonAsync($"/api/v1/enterprises/{id}", TestEnterprises.Profile(name: $"后来改名{i}"));

        var files = await EvidenceBundles.FetchAsync(admin, id, new { from = 3, to = 9, reason = "核对", treeHead = kept });

        Assert.Null(EvidenceBundles.Failure(files, await PublishedKeyAsync()));
        Assert.Contains("proofs/consistency.json", files.Keys);
        Assert.Equal(7, files.Text("entries.jsonl").Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Bad_bundle_requests_name_the_field_and_nothing_is_recorded()
    {
        var admin = await hub.AsAsync("admin");
        var id = await EvidenceBundles.NewEnterpriseAsync(admin, changes: 3);
        var other = await EvidenceBundles.NewEnterpriseAsync(admin, changes: 2);
        var head = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/enterprises/{id}/evidence/tree-head", Ct);
        var foreignHead = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/enterprises/{other}/evidence/tree-head", Ct);
        var forged = JsonSerializer.Deserialize<Dictionary<string, object>>(head.GetRawText())!;
        forged["rootHash"] = new string('a', 64);

        await AssertField(admin, id, """{"from":0,"reason":"r"}""", "from");
        await AssertField(admin, id, """{"from":99,"reason":"r"}""", "from");
        await AssertField(admin, id, """{"to":99,"reason":"r"}""", "to");
        await AssertField(admin, id, """{"from":3,"to":2,"reason":"r"}""", "to");
        await AssertField(admin, id, """{"caseNumber":"x"}""", "reason");
        await AssertField(admin, id, """{"reason":"联系 13812345678"}""", "reason");
        await AssertField(admin, id, """{"reason":"r","treeHead":{"enterpriseId":"x"}}""", "treeHead.enterpriseId");
        await AssertField(admin, id, JsonSerializer.Serialize(new { reason = "r", treeHead = foreignHead }), "treeHead.enterpriseId");
        await AssertField(admin, id, JsonSerializer.Serialize(new { reason = "r", treeHead = forged }), "treeHead.signature");
        await AssertField(admin, id, """{"reason":"r","sth":1}""", "$.sth");
        var enterprise = await hub.AsAsync("enterprise", enterprise: id);
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.PostJsonAsync($"/api/v1/enterprises/{id}/evidence/bundles", """{"reason":"r"}""")).StatusCode);
        var outsider = await hub.AsAsync("regulator.postal", "42");
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.PostJsonAsync($"/api/v1/enterprises/{id}/evidence/bundles", """{"reason":"r"}""")).StatusCode);

        var log = (await admin.GetFromJsonAsync<List<EvidenceEntry>>($"/api/v1/enterprises/{id}/evidence/log", Ct))!;
        Assert.Equal(3, log.Count);
    }

    internal static async Task<byte[]> PublishedKeyAsync(HubFactory hub)
    {
        var keys = await hub.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/evidence/keys", Ct);
        return Encoding.UTF8.GetBytes(keys.GetProperty("keys").EnumerateArray().Single(k => k.GetProperty("current").GetBoolean()).GetRawText());
    }

    private Task<byte[]> PublishedKeyAsync() => PublishedKeyAsync(hub);

    private static async Task AssertField(HttpClient client, string id, string body, string field)
    {
        var response = await client.PostJsonAsync($"/api/v1/enterprises/{id}/evidence/bundles", body);
        var problem = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{body}: {response.StatusCode} {problem}");
        Assert.True(JsonDocument.Parse(problem).RootElement.GetProperty("errors").TryGetProperty(field, out _), $"{body}: {problem}");
    }
}
