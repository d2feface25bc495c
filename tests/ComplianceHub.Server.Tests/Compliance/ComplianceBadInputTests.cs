using System.Net;
using System.Net.Http.Json;
using ComplianceHub.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using static ComplianceHub.Server.Tests.Compliance.ComplianceScenario;

namespace ComplianceHub.Server.Tests.Compliance;

/// <summary>Bad people, access and incident data is a 400 naming the field, and nothing of it is kept.</summary>
public sealed class ComplianceBadInputTests(HubFactory hub)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Now => Iso(DateTimeOffset.UtcNow.AddMinutes(-1));

    private static string Member(string staffId = "S1", string joinedOn = "2025-01-01", string? leftOn = null, string account = "a1") =>
        $$"""{"staffId":"{{staffId}}","role":"快递员","account":"{{account}}","joinedOn":"{{joinedOn}}","leftOn":{{(leftOn is null ? "null" : $"\"{leftOn}\"")}},"handlesPersonalInfo":true}""";

    public static TheoryData<string, string, string, string> BadBodies => new()
    {
        { "PUT", "staff", "{\"batchId\":\"r1\",\"asOf\":\"" + Now + "\",\"staff\":[" + Member() + "," + Member() + "]}", "staff[1].staffId" },
        { "PUT", "staff", "{\"batchId\":\"r1\",\"asOf\":\"" + Now + "\",\"staff\":[" + Member(joinedOn: "2025-03-01", leftOn: "2025-02-01") + "]}", "staff[0].leftOn" },
        { "PUT", "staff", "{\"batchId\":\"r1\",\"asOf\":\"" + Now + "\",\"staff\":[" + Member(account: "13812345678") + "]}", "staff[0].account" },
        { "PUT", "staff", "{\"batchId\":\"r1\",\"asOf\":\"" + Now + "\",\"staff\":[" + Member(joinedOn: "2999-01-01") + "]}", "staff[0].joinedOn" },
        { "PUT", "staff", "{\"batchId\":\"r1\",\"asOf\":\"" + Now + "\",\"staff\":[{\"staffId\":\"S1\",\"role\":\"x\"}]}", "staff[0].joinedOn" },
        { "PUT", "staff", "{\"batchId\":\"r 1\",\"asOf\":\"" + Now + "\",\"staff\":[]}", "batchId" },
        { "PUT", "staff", "{\"batchId\":\"r1\",\"staff\":[]}", "asOf" },
        { "PUT", "staff", "{\"batchId\":\"r1\",\"asOf\":\"yesterday\",\"staff\":[]}", "$.asOf" },
        { "POST", "trainings", "{\"batchId\":\"t1\",\"heldOn\":\"2025-01-01\",\"hours\":2,\"topic\":\"培训\",\"staffIds\":[\"NOBODY\"]}", "staffIds[0]" },
        { "POST", "trainings", "{\"batchId\":\"t1\",\"hours\":2,\"topic\":\"培训\",\"staffIds\":[]}", "heldOn" },
        { "POST", "trainings", "{\"batchId\":\"t1\",\"heldOn\":\"2025-01-01\",\"hours\":\"two\",\"topic\":\"培训\",\"staffIds\":[]}", "$.hours" },
        { "POST", "access-logs", "{\"batchId\":\"l1\",\"records\":[{\"account\":\"a1\",\"at\":\"" + Now + "\",\"action\":\"delete\",\"waybillOutlet\":\"NB001\",\"count\":1}]}", "records[0].action" },
        { "POST", "access-logs", "{\"batchId\":\"l1\",\"records\":[{\"account\":\"a1\",\"action\":\"query\",\"waybillOutlet\":\"NB001\",\"count\":1}]}", "records[0].at" },
        { "POST", "access-logs", "{\"batchId\":\"l1\",\"records\":[{\"account\":\"a1\",\"at\":\"2999-01-01T00:00:00+08:00\",\"action\":\"query\",\"waybillOutlet\":\"NB001\",\"count\":1}]}", "records[0].at" },
        { "POST", "access-logs", "{\"batchId\":\"l1\",\"records\":[{\"account\":\"a1\",\"at\":\"" + Now + "\",\"action\":\"query\",\"waybillOutlet\":\"NB001\",\"count\":-5}]}", "records[0].count" },
        { "POST", "incidents", "{\"incidentId\":\"I1\",\"kind\":\"meteor\",\"grade\":\"较大\",\"detectedAt\":\"" + Now + "\"}", "kind" },
        { "POST", "incidents", "{\"incidentId\":\"I1\",\"kind\":\"leak\",\"grade\":\"huge\",\"detectedAt\":\"" + Now + "\"}", "grade" },
        { "POST", "incidents", "{\"incidentId\":\"I1\",\"kind\":\"leak\",\"grade\":\"major\",\"detectedAt\":\"" + Now + "\"}", "grade" },
        { "POST", "incidents", "{\"incidentId\":\"I1\",\"kind\":\"leak\",\"grade\":\"较大\",\"detectedAt\":\"2999-01-01T00:00:00+08:00\"}", "detectedAt" },
        { "POST", "incidents", "{\"incidentId\":\"I1\",\"kind\":\"leak\",\"grade\":\"较大\",\"detectedAt\":\"" + Now + "\",\"reportedToCacAt\":\"2020-01-01T00:00:00+08:00\"}", "reportedToCacAt" },
        { "POST", "incidents", "{\"incidentId\":\"I1\",\"kind\":\"leak\",\"grade\":\"较大\",\"detectedAt\":\"" + Now + "\",", "$" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_bad_body_is_400_naming_the_field_and_changes_nothing(string method, string path, string body, string field)
    {
        var outlet = await OutletAsync(hub);
        var admin = await hub.AsAsync("admin");
        var before = (await admin.GetFromJsonAsync<Enterprises.EnterpriseResponseProbe>($"/api/v1/enterprises/{outlet.Id}", Ct))!.EvidenceSeq;

        var response = method == "PUT"
            ? await outlet.Client.PutJsonAsync($"/api/v1/enterprises/{outlet.Id}/{path}", body)
            : await outlet.Client.PostJsonAsync($"/api/v1/enterprises/{outlet.Id}/{path}", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(Ct);
        Assert.Contains(problem!.Errors.Keys, k => k.StartsWith(field, StringComparison.Ordinal));
        Assert.DoesNotContain("13812345678", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var after = (await admin.GetFromJsonAsync<Enterprises.EnterpriseResponseProbe>($"/api/v1/enterprises/{outlet.Id}", Ct))!.EvidenceSeq;
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Another_enterprise_cannot_submit_or_read_findings()
    {
        var outlet = await OutletAsync(hub);
        var other = await OutletAsync(hub);

        var submit = await other.Client.PostAsJsonAsync($"/api/v1/enterprises/{outlet.Id}/incidents",
            new { incidentId = "I1", kind = "leak", grade = "yiban", detectedAt = Now }, Ct);
        var read = await other.Client.GetAsync($"/api/v1/enterprises/{outlet.Id}/findings", Ct);
        var regulatorElsewhere = await (await hub.AsAsync("regulator.postal", division: "3301")).GetAsync($"/api/v1/enterprises/{outlet.Id}/findings", Ct);
        var regulatorHere = await (await hub.AsAsync("regulator.postal", division: "3307")).GetAsync($"/api/v1/enterprises/{outlet.Id}/findings", Ct);
        var regulatorSubmits = await (await hub.AsAsync("regulator.postal", division: "3307")).PostAsJsonAsync(
            $"/api/v1/enterprises/{outlet.Id}/access-logs", new { batchId = "x", records = Array.Empty<object>() }, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, submit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, regulatorElsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.OK, regulatorHere.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, regulatorSubmits.StatusCode);
    }
}
