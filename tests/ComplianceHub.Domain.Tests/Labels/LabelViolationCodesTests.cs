using ComplianceHub.Domain.Labels;
using Xunit;

namespace ComplianceHub.Domain.Tests.Labels;

public sealed class LabelViolationCodesTests
{
    [Fact]
    public void Codes_come_in_rule_order()
    {
        Assert.Equal(
            ["NAME_VISIBLE", "PHONE_UNDER_MASKED", "ADDRESS_ROOM_VISIBLE"],
            LabelViolationCodes.ToCodes(LabelViolations.AddressRoomVisible | LabelViolations.NameVisible | LabelViolations.PhoneUnderMasked));
        Assert.Equal(["PHONE_UNDER_MASKED", "ADDRESS_ROOM_VISIBLE"], LabelViolationCodes.ToCodes((LabelViolations)6));
        Assert.Empty(LabelViolationCodes.ToCodes(LabelViolations.None));
    }

    [Fact]
    public void Code_lists_are_cached_and_read_only()
    {
        var first = LabelViolationCodes.ToCodes(LabelViolations.NameVisible);

        Assert.Same(first, LabelViolationCodes.ToCodes(LabelViolations.NameVisible));
        Assert.Throws<NotSupportedException>(() => ((IList<string>)first)[0] = "X");
    }

    [Theory]
    [InlineData("NAME_VISIBLE", LabelViolations.NameVisible)]
    [InlineData("PHONE_UNDER_MASKED", LabelViolations.PhoneUnderMasked)]
    [InlineData("ADDRESS_ROOM_VISIBLE", LabelViolations.AddressRoomVisible)]
    public void Each_code_parses_back_to_its_flag(string code, LabelViolations expected)
    {
        Assert.True(LabelViolationCodes.TryParse(code, out var parsed));
        Assert.Equal(expected, parsed);
        Assert.Equal([code], LabelViolationCodes.ToCodes(parsed));
    }

    [Theory]
    [InlineData("name_visible")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("NONE")]
    public void Unknown_codes_do_not_parse(string? code)
    {
        Assert.False(LabelViolationCodes.TryParse(code, out var parsed));
        Assert.Equal(LabelViolations.None, parsed);
    }
}
