namespace ComplianceHub.Cli.Tests.Labels;

public sealed class LabelsCheckInputErrorTests
{
    private const string Good1 = """{"id":"g1","name":"张*","phone":"138******78","address":"幸福里3幢"}""";
    private const string Good2 = """{"id":"g2","name":"张三","phone":"138****5678","address":"幸福里3幢2单元501室"}""";
    private const string Good4 = """{"id":"g4","name":"李*"}""";

    [Fact]
    public void Bad_json_on_line_3_exits_2_names_the_line_and_keeps_only_the_two_lines_before_it()
    {
        var stdin = string.Join("\n", Good1, Good2, """{"id":"bad","name":"张*" """, Good4) + "\n";

        var result = CliRun.Invoke(stdin, "labels", "check", "-");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("line 3: ", result.StdErr, StringComparison.Ordinal);
        Assert.Equal(2, result.Lines.Count);
        Assert.StartsWith("""{"id":"g1",""", result.Lines[0], StringComparison.Ordinal);
        Assert.StartsWith("""{"id":"g2",""", result.Lines[1], StringComparison.Ordinal);
        Assert.Contains("已检查 checked: 2\n", result.StdErr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"name":"张*"}""", "missing id")]
    [InlineData("""{"id":"","name":"张*"}""", "id is empty")]
    [InlineData("""{"id":"  ","name":"张*"}""", "id is empty")]
    [InlineData("""{"id":null}""", "id must be a string")]
    [InlineData("""{"id":42}""", "id must be a string")]
    [InlineData("""{"id":["a"]}""", "id must be a string")]
    [InlineData("""{"id":"a","name":7}""", "name must be a string or null")]
    [InlineData("""{"id":"a","phone":true}""", "phone must be a string or null")]
    [InlineData("""{"id":"a","address":{"room":"501"}}""", "address must be a string or null")]
    [InlineData("""{"id":"a","party":"company"}""", "party must be \"person\" or \"organization\"")]
    [InlineData("""{"id":"a","party":1}""", "party must be \"person\" or \"organization\"")]
    [InlineData("""{"id":"a","party":""}""", "party must be \"person\" or \"organization\"")]
    [InlineData("""["id","a"]""", "not a JSON object")]
    [InlineData("""  "just text" """, "not a JSON object")]
    [InlineData("""{"id":"a"} {"id":"b"}""", "invalid JSON")]
    [InlineData("""{"id":"a",}""", "invalid JSON")]
    [InlineData("""{id:"a"}""", "invalid JSON")]
    [InlineData("{\"id\":\"a\",\"name\":\"张\u0001三\"}", "invalid JSON")]
    [InlineData("""{"id":"a","name":"\ud800"}""", "name contains invalid UTF-8 or an unpaired surrogate")]
    public void An_unreadable_line_exits_2_with_its_line_number_and_reason_and_writes_nothing_for_it(string bad, string reason)
    {
        var result = CliRun.Invoke(Good1 + "\n" + bad + "\n" + Good2 + "\n", "labels", "check", "-");

        Assert.Equal(2, result.ExitCode);
        var firstLine = result.StdErr.Split('\n')[0];
        Assert.StartsWith("line 2: ", firstLine, StringComparison.Ordinal);
        Assert.Contains(": " + reason, firstLine, StringComparison.Ordinal);
        Assert.StartsWith("""{"id":"g1",""", Assert.Single(result.Lines), StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_in_a_field_is_an_unreadable_line()
    {
        byte[] line = [.. """{"id":"a","phone":" """u8, 0xFF, 0xFE, .. "\"}\n"u8];
        using var stdin = new MemoryStream(line);
        using var stdout = new MemoryStream();

        var exitCode = CliRun.Invoke(stdin, stdout, out var stderr, "labels", "check", "-");

        Assert.Equal(2, exitCode);
        Assert.StartsWith("line 1: phone ", stderr, StringComparison.Ordinal);
        Assert.Equal(0, stdout.Length);
    }

    [Fact]
    public void Error_messages_never_quote_the_personal_data_on_the_line()
    {
        var result = CliRun.Invoke("""{"id":"a","name":"欧阳娜娜","phone":"13912345678","address":"幸福里3幢2单元501室" """, "labels", "check", "-");

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("欧阳", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("1391234", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("501", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_exits_2_with_a_clear_message_and_no_output()
    {
        var path = Path.Combine(Path.GetTempPath(), $"chub-missing-{Guid.NewGuid():N}.jsonl");

        var result = CliRun.Invoke("", "labels", "check", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"找不到文件 file not found: {path}\n", result.StdErr);
        Assert.Empty(result.StdOut);
    }

    [Fact]
    public void A_missing_file_argument_is_a_usage_error_with_exit_2()
    {
        var result = CliRun.Invoke("", "labels", "check");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Required argument missing", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("check <FILE>", result.StdOut, StringComparison.Ordinal);
    }
}
