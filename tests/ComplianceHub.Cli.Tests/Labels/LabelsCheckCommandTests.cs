using System.Globalization;
using System.Text.Json.Nodes;

namespace ComplianceHub.Cli.Tests.Labels;

public sealed class LabelsCheckCommandTests
{
    [Fact]
    public void Dev_set_every_output_line_equals_its_expected_verdict_in_input_order()
    {
        var result = CliRun.Invoke("", "labels", "check", DevLabels.FilePath);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(DevLabels.All.Select(e => e.ExpectedOutput), result.Lines);
    }

    [Fact]
    public void Worked_examples_including_declared_parties_get_their_expected_verdicts()
    {
        var result = CliRun.Invoke("", "labels", "check", DevLabels.WorkedExamplesPath);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(DevLabels.WorkedExamples.Select(e => e.ExpectedOutput), result.Lines);
    }

    [Fact]
    public void Party_organization_skips_name_and_phone_and_null_party_is_a_person()
    {
        var stdin = """
            {"id":"shop","party":"organization","name":"义乌小商品旗舰店","phone":"4008123456","address":"人民路12号"}
            {"id":"shop-case","party":"Organization","name":"义乌小商品旗舰店","phone":"4008123456","address":"人民路12号"}
            {"id":"person","party":null,"name":"义乌小商品旗舰店","phone":"4008123456","address":"人民路12号"}
            {"id":"not-a-shop","party":"organization","name":"李明","phone":"4008123456","address":"人民路12号"}
            """;

        var result = CliRun.Invoke(stdin, "labels", "check", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                """{"id":"shop","compliant":true,"violations":[]}""",
                """{"id":"shop-case","compliant":true,"violations":[]}""",
                """{"id":"person","compliant":false,"violations":["NAME_VISIBLE","PHONE_UNDER_MASKED"]}""",
                """{"id":"not-a-shop","compliant":false,"violations":["NAME_VISIBLE","PHONE_UNDER_MASKED"]}""",
            ],
            result.Lines);
    }

    [Fact]
    public void Order_of_output_follows_input_not_ids()
    {
        var reversed = DevLabels.All.Reverse().ToList();
        var stdin = string.Concat(reversed.Select(e => e.Line + "\n"));

        var result = CliRun.Invoke(stdin, "labels", "check", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(reversed.Select(e => e.ExpectedOutput), result.Lines);
    }

    [Fact]
    public void Stdin_is_read_when_the_file_is_a_dash()
    {
        var stdin = """
            {"id":"a","name":"张三","phone":"13812345678","address":"杭州市西湖区文三路1号3幢2单元501室"}
            {"id":"b","name":"张*","phone":"138******78","address":"杭州市西湖区文三路1号3幢"}
            """;

        var result = CliRun.Invoke(stdin, "labels", "check", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                """{"id":"a","compliant":false,"violations":["NAME_VISIBLE","PHONE_UNDER_MASKED","ADDRESS_ROOM_VISIBLE"]}""",
                """{"id":"b","compliant":true,"violations":[]}""",
            ],
            result.Lines);
    }

    [Fact]
    public void Extra_fields_of_any_shape_are_ignored()
    {
        var plain = """{"id":"x1","name":"李先生","phone":"0571-8888****","address":"幸福里5号楼2单元1203室"}""";
        var extras = """{"expected":{"compliant":true,"violations":["NONE"]},"id":"x1","batch":[1,{"name":"张三"}],"name":"李先生","n":1.5e3,"phone":"0571-8888****","ok":false,"z":null,"address":"幸福里5号楼2单元1203室","tail":"尾"}""";

        var result = CliRun.Invoke(plain + "\n" + extras + "\n", "labels", "check", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, result.Lines.Count);
        Assert.Equal(result.Lines[0], result.Lines[1]);
        Assert.Equal("""{"id":"x1","compliant":false,"violations":["PHONE_UNDER_MASKED","ADDRESS_ROOM_VISIBLE"]}""", result.Lines[0]);
    }

    [Fact]
    public void Missing_or_null_name_phone_address_are_empty_and_print_nothing_to_hide()
    {
        var result = CliRun.Invoke("""
            {"id":"only-id"}
            {"id":"nulls","name":null,"phone":null,"address":null}
            """, "labels", "check", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            ["""{"id":"only-id","compliant":true,"violations":[]}""", """{"id":"nulls","compliant":true,"violations":[]}"""],
            result.Lines);
    }

    [Fact]
    public void Chinese_ids_are_written_unescaped_while_quotes_and_control_characters_stay_valid_json()
    {
        var result = CliRun.Invoke("""
            {"id":"运单-甲","name":"王*"}
            {"id":"q\"\\\u0001\t","name":"王*"}
            """, "labels", "check", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("""{"id":"运单-甲","compliant":true,"violations":[]}""", result.Lines[0]);
        Assert.Equal("q\"\\\u0001\t", (string)JsonNode.Parse(result.Lines[1])!["id"]!);
    }

    [Fact]
    public void Control_characters_in_fields_are_data_checked_like_any_character()
    {
        // An escaped control character is a printed character as far as JSON is concerned: no error.
        var result = CliRun.Invoke("""
            {"id":"c1","name":"\u0001","phone":"\t138******78\r","address":"\u0000"}
            """, "labels", "check", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("""{"id":"c1","compliant":false,"violations":["NAME_VISIBLE"]}""", Assert.Single(result.Lines));
    }

    [Fact]
    public void Blank_lines_are_skipped_and_line_numbers_stay_physical()
    {
        var stdin = "\n{\"id\":\"a\"}\n   \n\r\n{\"id\":\"b\"}\n\n{\"id\":\n";

        var result = CliRun.Invoke(stdin, "labels", "check", "-");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(2, result.Lines.Count);
        Assert.StartsWith("line 7: ", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Crlf_line_endings_a_byte_order_mark_and_a_last_line_without_newline_are_accepted()
    {
        var stdin = "\uFEFF{\"id\":\"a\",\"name\":\"张三\"}\r\n{\"id\":\"b\",\"name\":\"张*\"}";

        var result = CliRun.Invoke(stdin, "labels", "check", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            ["""{"id":"a","compliant":false,"violations":["NAME_VISIBLE"]}""", """{"id":"b","compliant":true,"violations":[]}"""],
            result.Lines);
    }

    [Fact]
    public void A_line_longer_than_the_read_buffer_is_read_whole()
    {
        var address = new string('路', 100_000) + "3幢2单元501室";
        var stdin = $$"""{"id":"long","address":"{{address}}"}""" + "\n" + """{"id":"next"}""";

        var result = CliRun.Invoke(stdin, "labels", "check", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            ["""{"id":"long","compliant":false,"violations":["ADDRESS_ROOM_VISIBLE"]}""", """{"id":"next","compliant":true,"violations":[]}"""],
            result.Lines);
    }

    [Fact]
    public void Summary_counts_checked_compliant_and_each_code_and_the_rate()
    {
        var result = CliRun.Invoke("", "labels", "check", DevLabels.FilePath);

        var all = DevLabels.All;
        var compliant = all.Count(e => e.Compliant);
        int With(string code) => all.Count(e => e.Violations.Contains(code));
        Assert.Contains($"已检查 checked: {all.Count}\n", result.StdErr, StringComparison.Ordinal);
        Assert.Contains($"合规 compliant: {compliant}\n", result.StdErr, StringComparison.Ordinal);
        Assert.Contains($"违规 non-compliant: {all.Count - compliant}\n", result.StdErr, StringComparison.Ordinal);
        Assert.Contains($"NAME_VISIBLE 姓名未隐藏 name visible: {With("NAME_VISIBLE")}\n", result.StdErr, StringComparison.Ordinal);
        Assert.Contains($"PHONE_UNDER_MASKED 电话隐藏不足 phone under-masked: {With("PHONE_UNDER_MASKED")}\n", result.StdErr, StringComparison.Ordinal);
        Assert.Contains($"ADDRESS_ROOM_VISIBLE 地址单元户室号未隐藏 room visible: {With("ADDRESS_ROOM_VISIBLE")}\n", result.StdErr, StringComparison.Ordinal);
        Assert.Contains($"ID_NUMBER_PRINTED 印有身份证号 identity number printed: {With("ID_NUMBER_PRINTED")}\n", result.StdErr, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"合规率 compliance rate: {100.0 * compliant / all.Count:F1}%\n"), result.StdErr, StringComparison.Ordinal);
        Assert.Contains("吞吐 throughput: ", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("line ", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_terminal_stderr_carries_no_progress_bar_escape_codes()
    {
        var result = CliRun.Invoke("", "labels", "check", DevLabels.FilePath);

        Assert.DoesNotContain('\u001b', result.StdErr);
        Assert.DoesNotContain('\r', result.StdErr);
    }
}
