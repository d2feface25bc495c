using System.Text;
using System.Text.Json;

namespace ComplianceHub.Cli.Tests.Import;

public sealed class ImportStaffCsvTests : IDisposable
{
    private const string EnglishHeader = "staffId,role,account,joinedOn,leftOn,accountClosedAt,ndaSignedOn,ndaExpiresOn,handlesPersonalInfo,crowdsourced";
    private const string ChineseHeader = "员工编号,岗位,账号,入职日期,离职日期,账号注销时间,保密协议签订日期,保密协议到期日期,接触个人信息,众包";

    private readonly ImportFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Dry_run_prints_the_roster_request_with_every_field_on_the_wire()
    {
        var path = _files.Csv($"""
            {EnglishHeader}
            S001,快递员,acc-1,2023-01-05,2024-03-01,2024-03-02 09:30,2023-01-05,2026-01-04,true,false
            S002,分拣员,,2023/2/1,,,,,否,是
            """);

        var result = CliRun.Invoke("", "import", "staff", path, "--enterprise", "E1", "--as-of", "2024-06-30T12:00:00+08:00", "--batch-id", "b-1", "--dry-run");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.StdOut);
        var root = json.RootElement;
        Assert.Equal("b-1", root.GetProperty("batchId").GetString());
        Assert.Equal("2024-06-30T12:00:00+08:00", root.GetProperty("asOf").GetString());
        var first = root.GetProperty("staff")[0];
        Assert.Equal("S001", first.GetProperty("staffId").GetString());
        Assert.Equal("快递员", first.GetProperty("role").GetString());
        Assert.Equal("acc-1", first.GetProperty("account").GetString());
        Assert.Equal("2023-01-05", first.GetProperty("joinedOn").GetString());
        Assert.Equal("2024-03-01", first.GetProperty("leftOn").GetString());
        Assert.Equal("2024-03-02T09:30:00+08:00", first.GetProperty("accountClosedAt").GetString());
        Assert.Equal("2023-01-05", first.GetProperty("nda").GetProperty("signedOn").GetString());
        Assert.Equal("2026-01-04", first.GetProperty("nda").GetProperty("expiresOn").GetString());
        Assert.True(first.GetProperty("handlesPersonalInfo").GetBoolean());
        Assert.False(first.GetProperty("crowdsourced").GetBoolean());
        var second = root.GetProperty("staff")[1];
        Assert.Equal(JsonValueKind.Null, second.GetProperty("account").ValueKind);
        Assert.Equal("2023-02-01", second.GetProperty("joinedOn").GetString());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nda").ValueKind);
        Assert.False(second.GetProperty("handlesPersonalInfo").GetBoolean());
        Assert.True(second.GetProperty("crowdsourced").GetBoolean());
        Assert.Contains("dry run", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Chinese_headers_in_any_order_read_the_same_as_English_ones()
    {
        var english = _files.Csv($"{EnglishHeader}\nS1,客服,a1,2023-01-01,,,2023-01-01,,1,0\n");
        var chinese = _files.Csv("众包,接触个人信息,保密协议签订日期,员工编号,岗位,账号,入职日期\n0,1,2023-01-01,S1,客服,a1,2023-01-01\n");

        var fromEnglish = DryRunAsOf(english);
        var fromChinese = DryRunAsOf(chinese);

        Assert.Equal(0, fromChinese.ExitCode);
        Assert.Equal(fromEnglish.StdOut, fromChinese.StdOut);
    }

    [Fact]
    public void A_gbk_csv_saved_by_chinese_excel_is_read_like_utf8()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = $"{ChineseHeader}\nS1,快递员,a1,2023-01-01,,,,,是,否\n";
        var utf8 = DryRunAsOf(_files.Csv(text));

        var gbk = DryRunAsOf(_files.Csv(text, Encoding.GetEncoding("GBK")));

        Assert.Equal(0, gbk.ExitCode);
        Assert.Contains("快递员", gbk.StdOut, StringComparison.Ordinal);
        Assert.Equal(utf8.StdOut, gbk.StdOut);
    }

    [Fact]
    public void Every_row_error_is_listed_with_its_sheet_row_and_column_and_nothing_is_printed_to_stdout()
    {
        // Row numbers as a spreadsheet shows them: header is row 1, the blank line is row 4.
        var path = _files.Csv($"""
            {ChineseHeader}
            S1,快递员,a1,2023-01-05,,,,,是,否
            S2,分拣员,a2,2023-13-01,,,,,是,否

            S3,客服,a3,2023-02-01,2023-01-31,,,,是,否
            S4,客服,,2023-02-01,,2024-03-01 10:00,,,是,否
            S5,客服,a5,2023-02-01,,2024-03-01 25:00,2024-01-01,2023-01-01,也许,否
            S6,客服,a6,2023-02-01,,,,2025-01-01,是,否
            S1,客服,a7,2023-02-01,,,,,是,否
            S 8,客服,a8,2023-02-01,,,,,,否
            """);

        var result = DryRun(path);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.StdOut);
        var lines = ErrorLines(result);
        Assert.Contains(lines, l => l.StartsWith("row 3, 入职日期: ", StringComparison.Ordinal) && l.Contains("invalid date \"2023-13-01\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("row 5, 离职日期: ", StringComparison.Ordinal) && l.Contains("left before joined", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("row 6, 账号注销时间: ", StringComparison.Ordinal) && l.Contains("without an account", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("row 7, 账号注销时间: ", StringComparison.Ordinal) && l.Contains("invalid time", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("row 7, 保密协议到期日期: ", StringComparison.Ordinal) && l.Contains("expires before it was signed", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("row 7, 接触个人信息: ", StringComparison.Ordinal) && l.Contains("expected true/false", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("row 8, 保密协议签订日期: ", StringComparison.Ordinal) && l.Contains("without the signing date", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("row 9, 员工编号: ", StringComparison.Ordinal) && l.Contains("duplicate staffId S1, first at row 2", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("row 10, 员工编号: ", StringComparison.Ordinal) && l.Contains("letters, digits", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("row 10, 接触个人信息: ", StringComparison.Ordinal) && l.Contains("required", StringComparison.Ordinal));
        Assert.Equal(10, lines.Count);
        Assert.Equal("共 10 处错误，未发送任何数据 10 error(s); nothing was sent", result.StdErr.TrimEnd('\n').Split('\n')[^1]);
    }

    [Fact]
    public void A_bad_cell_is_reported_once_even_though_the_roster_rules_also_see_the_row()
    {
        var path = _files.Csv($"{EnglishHeader}\nS1,快递员,a1,yesterday,2024-01-01,,,,true,false\n");

        var lines = ErrorLines(DryRun(path));

        Assert.Equal("row 2, joinedOn: 日期无效 invalid date \"yesterday\" (应为 expected yyyy-MM-dd)", Assert.Single(lines));
    }

    [Fact]
    public void A_future_date_is_refused_by_the_domain_rules_with_its_row()
    {
        var path = _files.Csv($"{EnglishHeader}\nS1,快递员,a1,2023-01-01,,,,,true,false\nS2,快递员,a2,2999-01-01,,,,,true,false\n");

        var line = Assert.Single(ErrorLines(DryRun(path)));

        Assert.StartsWith("row 3, joinedOn: ", line, StringComparison.Ordinal);
        Assert.Contains("(joinedOn 2999-01-01 is in the future)", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("staffId,role,joinedOn", "missing required column 接触个人信息 / handlesPersonalInfo")]
    [InlineData("staffId,role,joinedOn,handlesPersonalInfo,姓名", "row 1, 姓名: 未知列 unknown column")]
    [InlineData("staffId,role,joinedOn,handlesPersonalInfo,员工编号", "row 1, 员工编号: 与列 staffId 重复 same column as staffId")]
    public void A_bad_header_is_an_error_at_row_1(string header, string expected)
    {
        var result = DryRun(_files.Csv(header + "\nS1,快递员,2023-01-01,true,x\n"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.StdErr, StringComparison.Ordinal);
        Assert.Empty(result.StdOut);
    }

    [Fact]
    public void Header_names_ignore_case_spaces_and_underscores()
    {
        var result = DryRun(_files.Csv("Staff_ID, ROLE ,joined-on,Handles Personal Info\nS1,快递员,2023-01-01,Y\n"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"handlesPersonalInfo\": true", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_in_a_column_without_a_header_is_an_error_not_dropped()
    {
        var result = DryRun(_files.Csv("staffId,role,joinedOn,handlesPersonalInfo\nS1,快递员,2023-01-01,Y,13812345678\n"));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("row 2, #5: ", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_roster_with_no_data_rows_is_refused_rather_than_emptying_the_hub()
    {
        var result = DryRun(_files.Csv(EnglishHeader + "\n\n"));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("row 1: 没有数据行 no data rows", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Error_messages_never_echo_a_phone_number_or_a_name_pasted_into_a_typed_column()
    {
        var path = _files.Csv($"{EnglishHeader}\nS1,快递员,a1,13812345678,欧阳娜娜,,,,13912345678,false\n");

        var result = DryRun(path);

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("1381234", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("1391234", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("欧阳", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("11 chars not shown", result.StdErr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-06-30", "2024-06-30T00:00:00+08:00")]
    [InlineData("2024-06-30 18:00", "2024-06-30T18:00:00+08:00")]
    [InlineData("2024-06-30T10:00:00Z", "2024-06-30T10:00:00+00:00")]
    public void As_of_takes_a_china_date_a_local_time_or_an_iso_instant(string asOf, string expected)
    {
        var path = _files.Csv($"{EnglishHeader}\nS1,快递员,a1,2023-01-01,,,,,true,false\n");

        var result = CliRun.Invoke("", "import", "staff", path, "--enterprise", "E1", "--as-of", asOf, "--dry-run");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.StdOut);
        Assert.Equal(expected, json.RootElement.GetProperty("asOf").GetString());
    }

    [Theory]
    [InlineData("--as-of", "2999-01-01", "--as-of")]
    [InlineData("--as-of", "soon", "--as-of: 时间无效")]
    [InlineData("--batch-id", "批次 1", "--batch-id")]
    public void A_bad_option_exits_2_before_reading_the_file(string option, string value, string expected)
    {
        var result = CliRun.Invoke("", "import", "staff", "/nonexistent.csv", "--enterprise", "E1", option, value, "--dry-run");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(expected, result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_batch_id_is_stable_for_the_same_rows_and_as_of_and_changes_with_either()
    {
        var path = _files.Csv($"{EnglishHeader}\nS1,快递员,a1,2023-01-01,,,,,true,false\n");
        var changed = _files.Csv($"{EnglishHeader}\nS1,快递员,a1,2023-01-01,2024-01-01,,,,true,false\n");

        string BatchId(string file, string asOf)
        {
            var result = CliRun.Invoke("", "import", "staff", file, "--enterprise", "E1", "--as-of", asOf, "--dry-run");
            using var json = JsonDocument.Parse(result.StdOut);
            return json.RootElement.GetProperty("batchId").GetString()!;
        }

        Assert.Equal(BatchId(path, "2024-06-30"), BatchId(path, "2024-06-30"));
        Assert.StartsWith("roster-", BatchId(path, "2024-06-30"), StringComparison.Ordinal);
        Assert.NotEqual(BatchId(path, "2024-06-30"), BatchId(path, "2024-07-01"));
        Assert.NotEqual(BatchId(path, "2024-06-30"), BatchId(changed, "2024-06-30"));
    }

    [Fact]
    public void Files_other_than_csv_and_xlsx_and_missing_files_exit_2()
    {
        var json = Path.ChangeExtension(_files.Csv("x"), ".json");

        var wrongType = DryRun(json);
        var missing = DryRun("/nonexistent/roster.csv");

        Assert.Equal(2, wrongType.ExitCode);
        Assert.StartsWith("只支持 .csv 和 .xlsx 文件", wrongType.StdErr, StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
        Assert.StartsWith("找不到文件 file not found", missing.StdErr, StringComparison.Ordinal);
    }

    private static CliResult DryRun(string path) => CliRun.Invoke("", "import", "staff", path, "--enterprise", "E1", "--dry-run");

    // Two runs compared line for line need one asOf: the default is "now" to the second, and it is in the batch id.
    private static CliResult DryRunAsOf(string path) =>
        CliRun.Invoke("", "import", "staff", path, "--enterprise", "E1", "--as-of", "2024-06-30", "--dry-run");

    private static List<string> ErrorLines(CliResult result) =>
        [.. result.StdErr.Split('\n').Where(l => l.StartsWith("row ", StringComparison.Ordinal))];
}
