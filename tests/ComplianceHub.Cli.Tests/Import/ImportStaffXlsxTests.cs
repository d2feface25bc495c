using System.Text.Json;

namespace ComplianceHub.Cli.Tests.Import;

public sealed class ImportStaffXlsxTests : IDisposable
{
    private readonly ImportFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void A_workbook_with_chinese_headers_and_typed_cells_reads_as_the_roster()
    {
        // Excel stores dates as date cells, flags as booleans and numeric ids as numbers: all must read as typed.
        var path = _files.Xlsx(
        [
            Row(1001d, "快递员", "acc-1", new DateTime(2023, 1, 5), new DateTime(2024, 3, 1), new DateTime(2024, 3, 2, 9, 30, 0), new DateTime(2023, 1, 5), null, true, false),
            Row("S002", "分拣员", null, "2023/2/1", null, null, null, null, "否", "是"),
        ]);

        var result = CliRun.Invoke("", "import", "staff", path, "--enterprise", "E1", "--batch-id", "b1", "--as-of", "2024-06-30", "--dry-run");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.StdOut);
        var first = json.RootElement.GetProperty("staff")[0];
        Assert.Equal("1001", first.GetProperty("staffId").GetString());
        Assert.Equal("2023-01-05", first.GetProperty("joinedOn").GetString());
        Assert.Equal("2024-03-01", first.GetProperty("leftOn").GetString());
        Assert.Equal("2024-03-02T09:30:00+08:00", first.GetProperty("accountClosedAt").GetString());
        Assert.Equal("2023-01-05", first.GetProperty("nda").GetProperty("signedOn").GetString());
        Assert.True(first.GetProperty("handlesPersonalInfo").GetBoolean());
        var second = json.RootElement.GetProperty("staff")[1];
        Assert.Equal("2023-02-01", second.GetProperty("joinedOn").GetString());
        Assert.True(second.GetProperty("crowdsourced").GetBoolean());
    }

    [Fact]
    public void Errors_in_a_workbook_name_the_sheet_row_and_the_chinese_column()
    {
        var path = _files.Xlsx(
        [
            Row("S1", "快递员", "a1", new DateTime(2023, 1, 5), null, null, null, null, true, false),
            Row("S2", "快递员", "a2", new DateTime(2023, 5, 1), new DateTime(2023, 4, 1), null, null, null, true, false),
            Row("S1", "快递员", "a3", "2023-02-30", null, null, null, null, "maybe", false),
        ]);

        var result = CliRun.Invoke("", "import", "staff", path, "--enterprise", "E1", "--dry-run");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.StdOut);
        var lines = result.StdErr.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("row 3, 离职日期: ", StringComparison.Ordinal) && l.Contains("left before joined", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("row 4, 入职日期: ", StringComparison.Ordinal) && l.Contains("\"2023-02-30\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("row 4, 接触个人信息: ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("row 4, 员工编号: ", StringComparison.Ordinal) && l.Contains("first at row 2", StringComparison.Ordinal));
        Assert.Contains("共 4 处错误", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_named_xlsx_that_is_not_a_workbook_exits_2_with_a_reason()
    {
        var path = Path.ChangeExtension(_files.Csv("staffId,role\nS1,x\n"), ".xlsx");
        File.Move(Path.ChangeExtension(path, ".csv"), path);

        var result = CliRun.Invoke("", "import", "staff", path, "--enterprise", "E1", "--dry-run");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("无法读取 .xlsx 工作簿 cannot read the .xlsx workbook", result.StdErr, StringComparison.Ordinal);
    }

    private static Dictionary<string, object?> Row(
        object staffId, string role, string? account, object joinedOn, object? leftOn, object? closedAt,
        object? ndaSignedOn, object? ndaExpiresOn, object handlesPersonalInfo, object crowdsourced) => new()
        {
            ["员工编号"] = staffId,
            ["岗位"] = role,
            ["账号"] = account,
            ["入职日期"] = joinedOn,
            ["离职日期"] = leftOn,
            ["账号注销时间"] = closedAt,
            ["保密协议签订日期"] = ndaSignedOn,
            ["保密协议到期日期"] = ndaExpiresOn,
            ["接触个人信息"] = handlesPersonalInfo,
            ["众包"] = crowdsourced,
        };
}
