using ComplianceHub.Domain.Enterprises;
using Xunit;

namespace ComplianceHub.Domain.Tests.Enterprises;

public sealed class OutletCodeTests
{
    [Theory]
    [InlineData("YW001", "YW001")]
    [InlineData("yw001", "YW001")]
    [InlineData(" 7 ", "7")]
    [InlineData("ABCDEFGHIJ123456", "ABCDEFGHIJ123456")]
    public void Upper_case_letters_and_digits_up_to_sixteen_are_accepted(string input, string expected)
    {
        Assert.True(OutletCode.TryParse(input, out var code, out var error), error);
        Assert.Equal(expected, code.Value);
        Assert.Equal(expected, code.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ABCDEFGHIJ1234567")]
    [InlineData("YW-001")]
    [InlineData("YW/001")]
    [InlineData("义乌001")]
    [InlineData("YW 001")]
    public void Other_outlet_codes_are_rejected_with_a_reason(string? input)
    {
        Assert.False(OutletCode.TryParse(input, out _, out var error));
        Assert.Contains("网点", error, StringComparison.Ordinal);
        Assert.Contains("outlet", error, StringComparison.Ordinal);
    }
}
