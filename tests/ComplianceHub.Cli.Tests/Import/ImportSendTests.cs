using System.Text.Json;
using ComplianceHub.Cli.Tests.Hub;
using Microsoft.AspNetCore.Http;

namespace ComplianceHub.Cli.Tests.Import;

/// <summary>The sending path against a real loopback HTTP endpoint that records what arrives.</summary>
public sealed class ImportSendTests : IDisposable
{
    private const string StaffHeader = "staffId,role,account,joinedOn,leftOn,handlesPersonalInfo";

    private readonly ImportFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Staff_is_put_once_as_json_with_the_bearer_token()
    {
        await using var hub = await HubRecorder.StartAsync();
        var path = _files.Csv($"{StaffHeader}\nS1,快递员,a1,2023-01-01,,true\nS2,客服,,2023-01-01,2024-01-01,false\n");

        var result = CliRun.Invoke("", "import", "staff", path, "--enterprise", "91330100MA2B3C4D5E", "--hub", hub.Url, "--token", "tok-1", "--batch-id", "r1");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.StdOut);
        var request = Assert.Single(hub.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal("/api/v1/enterprises/91330100MA2B3C4D5E/staff", request.Path);
        Assert.Equal("Bearer tok-1", request.Authorization);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("r1", body.RootElement.GetProperty("batchId").GetString());
        Assert.Equal(["S1", "S2"], body.RootElement.GetProperty("staff").EnumerateArray().Select(s => s.GetProperty("staffId").GetString()!));
        Assert.Equal("2024-01-01", body.RootElement.GetProperty("staff")[1].GetProperty("leftOn").GetString());
    }

    [Fact]
    public async Task A_file_with_any_row_error_sends_nothing()
    {
        await using var hub = await HubRecorder.StartAsync();
        var staff = _files.Csv($"{StaffHeader}\nS1,快递员,a1,2023-01-01,,true\nS2,客服,,2023-05-01,2023-01-01,false\n");
        var trainings = _files.Csv("heldOn,hours,topic,staffId\n2024-03-01,2,保密,S1\n2024-04-01,x,保密,S1\n");

        var staffResult = CliRun.Invoke("", "import", "staff", staff, "--enterprise", "E1", "--hub", hub.Url);
        var trainingsResult = CliRun.Invoke("", "import", "trainings", trainings, "--enterprise", "E1", "--hub", hub.Url);

        Assert.Equal(2, staffResult.ExitCode);
        Assert.Equal(2, trainingsResult.ExitCode);
        Assert.Empty(hub.Requests);
    }

    [Fact]
    public async Task Each_training_session_is_posted_and_reimporting_sends_the_same_batch_ids()
    {
        await using var hub = await HubRecorder.StartAsync();
        var path = _files.Csv("heldOn,hours,topic,staffId\n2024-03-01,2,保密,S1\n2024-04-01,1,面单,S1\n2024-03-01,2,保密,S2\n");

        var first = CliRun.Invoke("", "import", "trainings", path, "--enterprise", "E1", "--hub", hub.Url);
        var second = CliRun.Invoke("", "import", "trainings", path, "--enterprise", "E1", "--hub", hub.Url);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(4, hub.Requests.Count);
        Assert.All(hub.Requests, r => Assert.Equal(("POST", "/api/v1/enterprises/E1/trainings"), (r.Method, r.Path)));
        var ids = hub.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("batchId").GetString()).ToList();
        Assert.NotEqual(ids[0], ids[1]);
        Assert.Equal(ids[..2], ids[2..]);
        using var session = JsonDocument.Parse(hub.Requests[0].Body);
        Assert.Equal(["S1", "S2"], session.RootElement.GetProperty("staffIds").EnumerateArray().Select(s => s.GetString()!));
    }

    [Fact]
    public async Task A_4xx_prints_the_problem_errors_mapped_back_to_rows_and_exits_2()
    {
        await using var hub = await HubRecorder.StartAsync();
        hub.Respond = _ => HubRecorder.Problem(400, """
            {"title":"请求无效 invalid request","status":400,
             "errors":{"staff[1].account":["系统账号已被其他企业使用 (account in use)"],"batchId":["批次号冲突 (batchId conflict)"]}}
            """);
        var path = _files.Csv($"{StaffHeader}\nS1,快递员,a1,2023-01-01,,true\nS2,客服,a2,2023-01-01,,false\n");

        var result = CliRun.Invoke("", "import", "staff", path, "--enterprise", "E1", "--hub", hub.Url);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("hub 拒绝 rejected (400) 请求无效 invalid request", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("  row 3, account: 系统账号已被其他企业使用 (account in use) [staff[1].account]", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("  batchId: 批次号冲突 (batchId conflict)", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_5xx_stops_at_the_failing_session_and_exits_1()
    {
        await using var hub = await HubRecorder.StartAsync();
        var calls = 0;
        hub.Respond = _ => Results.StatusCode(Interlocked.Increment(ref calls) == 2 ? 503 : 201);
        var path = _files.Csv("heldOn,hours,topic,staffId\n2024-03-01,2,a,S1\n2024-04-01,1,b,S1\n2024-05-01,1,c,S1\n");

        var result = CliRun.Invoke("", "import", "trainings", path, "--enterprise", "E1", "--hub", hub.Url);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(2, hub.Requests.Count);
        Assert.Contains("hub 出错 failed (503)", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("sent 1 of 3", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unauthorised_token_exits_2_with_a_hint()
    {
        await using var hub = await HubRecorder.StartAsync();
        hub.Respond = _ => Results.StatusCode(401);
        var path = _files.Csv($"{StaffHeader}\nS1,快递员,a1,2023-01-01,,true\n");

        var result = CliRun.Invoke("", "import", "staff", path, "--enterprise", "E1", "--hub", hub.Url);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("(401)", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("--token", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_hub_exits_1_with_a_clear_message()
    {
        string url;
        await using (var stopped = await HubRecorder.StartAsync())
        {
            url = stopped.Url;
        }

        var path = _files.Csv($"{StaffHeader}\nS1,快递员,a1,2023-01-01,,true\n");

        var result = CliRun.Invoke("", "import", "staff", path, "--enterprise", "E1", "--hub", url);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cannot reach the hub at " + url, result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hub_that_is_not_an_http_url_exits_2()
    {
        var path = _files.Csv($"{StaffHeader}\nS1,快递员,a1,2023-01-01,,true\n");

        var result = CliRun.Invoke("", "import", "staff", path, "--enterprise", "E1", "--hub", "ftp://hub");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("--hub 不是 http(s) 地址", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_interactive_stderr_gets_a_progress_bar_and_the_same_result()
    {
        await using var hub = await HubRecorder.StartAsync();
        var path = _files.Csv($"{StaffHeader}\nS1,快递员,a1,2023-01-01,,true\n");
        using var stdin = new MemoryStream();
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();

        var exitCode = ChubCommand.Run(
            ["import", "staff", path, "--enterprise", "E1", "--hub", hub.Url],
            new CliStreams(() => stdin, stdout, stderr, IsErrorInteractive: true));

        Assert.Equal(0, exitCode);
        Assert.Equal(0, stdout.Length);
        Assert.Single(hub.Requests);
        Assert.Contains("sent", stderr.ToString(), StringComparison.Ordinal);
    }
}
