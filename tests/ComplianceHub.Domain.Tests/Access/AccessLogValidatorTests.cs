using ComplianceHub.Domain.Access;
using static ComplianceHub.Domain.Tests.Access.AccessLogs;

namespace ComplianceHub.Domain.Tests.Access;

public sealed class AccessLogValidatorTests
{
    private static readonly DateTimeOffset Now = China(2026, 11, 23, 10);

    [Fact]
    public void Each_bad_field_is_named_by_line()
    {
        AccessLogRecord?[] records =
        [
            Query("A1", Now.AddHours(-1)),
            null,
            new("", Now.AddHours(1), (AccessAction)9, "网点", 0),
        ];

        var fields = AccessLogValidator.Validate(records, Now).Select(e => e.Field);

        Assert.Equal(["records[1]", "records[2].account", "records[2].at", "records[2].action", "records[2].waybillOutlet", "records[2].count"], fields);
    }

    [Fact]
    public void An_empty_batch_is_rejected()
    {
        Assert.Equal("records", Assert.Single(AccessLogValidator.Validate([], Now)).Field);
    }

    [Theory]
    [InlineData("query", AccessAction.Query)]
    [InlineData("EXPORT", AccessAction.Export)]
    [InlineData("打印", AccessAction.Print)]
    public void Actions_parse_from_wire_or_chinese_names(string text, AccessAction expected)
    {
        Assert.True(AccessActions.TryParse(text, out var action));
        Assert.Equal(expected, action);
        Assert.False(AccessActions.TryParse("delete", out _));
    }
}
