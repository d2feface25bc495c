using System.Text.Json;

namespace ComplianceHub.Cli.Tests.Import;

public sealed class ImportTrainingsTests : IDisposable
{
    private readonly ImportFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Rows_with_the_same_day_and_topic_are_one_session_in_order_of_first_appearance()
    {
        var path = _files.Csv("""
            heldOn,hours,topic,staffId
            2024-03-01,2,个人信息保护,S1
            2024-03-01,2,个人信息保护,S2
            2024-04-01,1.5,面单隐私,S1
            2024-03-01,2,个人信息保护,S3
            """);

        var sessions = Sessions(DryRun(path));

        Assert.Equal(2, sessions.Count);
        Assert.Equal("2024-03-01", sessions[0].GetProperty("heldOn").GetString());
        Assert.Equal(2m, sessions[0].GetProperty("hours").GetDecimal());
        Assert.Equal("个人信息保护", sessions[0].GetProperty("topic").GetString());
        Assert.Equal(["S1", "S2", "S3"], sessions[0].GetProperty("staffIds").EnumerateArray().Select(e => e.GetString()!));
        Assert.Equal(1.5m, sessions[1].GetProperty("hours").GetDecimal());
        Assert.Equal(["S1"], sessions[1].GetProperty("staffIds").EnumerateArray().Select(e => e.GetString()!));
    }

    [Fact]
    public void The_default_batch_id_is_a_hash_of_the_session_so_reimporting_sends_the_same_ids()
    {
        var original = _files.Csv("heldOn,hours,topic,staffId\n2024-03-01,2,保密,S1\n2024-03-01,2,保密,S2\n");
        var reordered = _files.Csv("培训主题,员工编号,培训日期,培训时长\n保密,S2,2024/3/1,2.0\n保密,S1,2024-03-01,2.00\n");
        var moreAttendees = _files.Csv("heldOn,hours,topic,staffId\n2024-03-01,2,保密,S1\n2024-03-01,2,保密,S2\n2024-03-01,2,保密,S3\n");
        var longer = _files.Csv("heldOn,hours,topic,staffId\n2024-03-01,3,保密,S1\n2024-03-01,3,保密,S2\n");

        var id = BatchId(original);

        Assert.StartsWith("trn-", id, StringComparison.Ordinal);
        Assert.Equal(id, BatchId(original));
        Assert.Equal(id, BatchId(reordered));
        Assert.NotEqual(id, BatchId(moreAttendees));
        Assert.NotEqual(id, BatchId(longer));
    }

    [Fact]
    public void A_batch_id_column_is_sent_as_given()
    {
        var path = _files.Csv("批次号,培训日期,培训时长,培训主题,员工编号\nT-2024-1,2024-03-01,2,保密,S1\nT-2024-1,2024-03-01,2,保密,S2\n");

        Assert.Equal("T-2024-1", BatchId(path));
    }

    [Fact]
    public void Every_row_error_is_listed_with_its_row_and_column()
    {
        var path = _files.Csv("""
            batchId,heldOn,hours,topic,staffId
            b1,2024-03-01,2,保密,S1
            b1,2024-03-01,3,保密,S2
            b2,2024-03-01,2,保密,S3
            ,2024-13-01,2,保密,S4
            ,2024-04-01,abc,面单,S5
            b1,2024-05-01,1,其他,S6
            ,2024-06-01,200,长课,S7
            ,2024-07-01,1,重复,S8
            ,2024-07-01,1,重复,S8
            ,2999-01-01,1,未来,S9
            ,2024-08-01,1,,S10
            """);

        var result = DryRun(path);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.StdOut);
        var lines = result.StdErr.Split('\n').Where(l => l.StartsWith("row ", StringComparison.Ordinal)).ToList();
        Assert.Contains(lines, l => l.StartsWith("row 3, hours: ", StringComparison.Ordinal) && l.Contains("differ from row 2", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("row 4, batchId: ", StringComparison.Ordinal) && l.Contains("differs from row 2", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("row 5, heldOn: ", StringComparison.Ordinal) && l.Contains("\"2024-13-01\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("row 6, hours: ", StringComparison.Ordinal) && l.Contains("invalid number \"abc\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("row 7, batchId: ", StringComparison.Ordinal) && l.Contains("another session (row 2)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("row 8, hours: ", StringComparison.Ordinal) && l.Contains("hours must be > 0", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("row 10, staffId: ", StringComparison.Ordinal) && l.Contains("duplicate staffId S8", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("row 11, heldOn: ", StringComparison.Ordinal) && l.Contains("in the future", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("row 12, topic: ", StringComparison.Ordinal) && l.Contains("topic is required", StringComparison.Ordinal));
        Assert.Equal(9, lines.Count);
    }

    [Fact]
    public void A_trainings_file_from_excel_reads_like_the_csv()
    {
        var xlsx = _files.Xlsx(
        [
            new Dictionary<string, object?> { ["培训日期"] = new DateTime(2024, 3, 1), ["培训时长"] = 2d, ["培训主题"] = "保密", ["员工编号"] = "S1" },
            new Dictionary<string, object?> { ["培训日期"] = new DateTime(2024, 3, 1), ["培训时长"] = 2d, ["培训主题"] = "保密", ["员工编号"] = 1002d },
        ]);
        var csv = _files.Csv("heldOn,hours,topic,staffId\n2024-03-01,2,保密,S1\n2024-03-01,2,保密,1002\n");

        var fromXlsx = DryRun(xlsx);

        Assert.Equal(0, fromXlsx.ExitCode);
        Assert.Equal(DryRun(csv).StdOut, fromXlsx.StdOut);
    }

    private static CliResult DryRun(string path) => CliRun.Invoke("", "import", "trainings", path, "--enterprise", "E1", "--dry-run");

    private static List<JsonElement> Sessions(CliResult result)
    {
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.StdOut);
        return [.. json.RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    private static string BatchId(string path) => Assert.Single(Sessions(DryRun(path))).GetProperty("batchId").GetString()!;
}
