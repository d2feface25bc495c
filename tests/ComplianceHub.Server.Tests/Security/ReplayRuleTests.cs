using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ComplianceHub.Server.Tests.Infrastructure;
using static ComplianceHub.Server.Tests.Security.SecurityApi;

namespace ComplianceHub.Server.Tests.Security;

/// <summary>
/// One replay rule for every batch: the same id with the same content is the first result (200, counted once), even
/// re-spaced or with members in another order; the same id with other content is 409 naming the id, nothing stored.
/// </summary>
public sealed class ReplayRuleTests(HubFactory hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Kinds => new() { "label-batches", "trainings", "access-logs", "staff" };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Same_id_same_content_is_the_first_result_and_other_content_is_409(string kind)
    {
        var (id, company, admin) = await EnterpriseAsync(hub);
        await SendAsync(company, id, "staff", Roster("r-base", "快递员"));
        var (first, other) = Bodies(kind);

        var created = await SendAsync(company, id, kind, first);
        Assert.True(created.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, await created.Content.ReadAsStringAsync(Ct));
        var firstResult = JsonDocument.Parse(await created.Content.ReadAsStringAsync(Ct)).RootElement;
        var seq = await EvidenceSeqAsync(admin, id);

        // The same content, re-spaced and with its members in reverse order, is a replay.
        var reordered = "{ " + string.Join(" ,\n ", JsonDocument.Parse(first).RootElement.EnumerateObject().Reverse().Select(p => p.ToString())) + " }";
        var replay = await SendAsync(company, id, kind, reordered);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        var replayResult = JsonDocument.Parse(await replay.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.True(replayResult.GetProperty("replayed").GetBoolean());
        Assert.Equal(firstResult.GetProperty("evidenceSeq").GetInt64(), replayResult.GetProperty("evidenceSeq").GetInt64());

        var conflict = await ExpectRefusedAsync(await SendAsync(company, id, kind, other), "batchId", HttpStatusCode.Conflict);
        Assert.Contains(BatchIdOf(other), conflict, StringComparison.Ordinal);
        Assert.Equal(seq, await EvidenceSeqAsync(admin, id));
    }

    [Fact]
    public async Task A_replay_older_than_the_grains_memory_is_still_recognised()
    {
        var (id, company, admin) = await EnterpriseAsync(hub);
        await SendAsync(company, id, "staff", Roster("r-base", "快递员"));
        var oldest = Training("t-0000", "第 0 期");
        Assert.Equal(HttpStatusCode.Created, (await SendAsync(company, id, "trainings", oldest)).StatusCode);
        for (var i = 1; i <= 70; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await SendAsync(company, id, "trainings", Training($"t-{i:D4}", $"第 {i} 期"))).StatusCode);
        }

        var seq = await EvidenceSeqAsync(admin, id);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(company, id, "trainings", oldest)).StatusCode);
        await ExpectRefusedAsync(await SendAsync(company, id, "trainings", Training("t-0000", "改过的主题")), "batchId", HttpStatusCode.Conflict);
        Assert.Equal(seq, await EvidenceSeqAsync(admin, id));
    }

    private static (string First, string Other) Bodies(string kind) => kind switch
    {
        "label-batches" => (Labels("b-1", 100), Labels("b-1", 101)),
        "trainings" => (Training("t-1", "面单保护"), Training("t-1", "面单保护（补）")),
        "access-logs" => (AccessLogs("a-1", 3), AccessLogs("a-1", 4)),
        _ => (Roster("r-1", "分拣员"), Roster("r-1", "客服")),
    };

    private static string Labels(string batchId, int printed) => JsonSerializer.Serialize(new
    {
        batchId, date = Today, printed, masked = printed,
        samples = new[] { new { id = "s1", name = "王*", phone = "138******78", address = "人民路1号****" } },
    });

    private static string Training(string batchId, string topic) =>
        JsonSerializer.Serialize(new { batchId, heldOn = Today, hours = 2, topic, staffIds = new[] { "S1" } });

    private static string AccessLogs(string batchId, int count) => JsonSerializer.Serialize(new
    {
        batchId, records = new[] { new { account = "acc-1", at = DateTimeOffset.UtcNow.AddHours(-1).ToString("O"), action = "query", waybillOutlet = "YW001", count } },
    });

    private static string Roster(string batchId, string role) => JsonSerializer.Serialize(new
    {
        batchId, asOf = "2026-01-01T00:00:00+08:00",
        staff = new[] { new { staffId = "S1", role, joinedOn = "2024-01-01", handlesPersonalInfo = true } },
    });

    private static string BatchIdOf(string json) => JsonDocument.Parse(json).RootElement.GetProperty("batchId").GetString()!;

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string id, string kind, string json) =>
        kind == "staff" ? client.PutJsonAsync($"/api/v1/enterprises/{id}/staff", json) : client.PostJsonAsync($"/api/v1/enterprises/{id}/{kind}", json);
}
