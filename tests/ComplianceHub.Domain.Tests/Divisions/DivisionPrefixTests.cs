using ComplianceHub.Domain.Divisions;
using Xunit;

namespace ComplianceHub.Domain.Tests.Divisions;

public sealed class DivisionPrefixTests
{
    [Theory]
    [InlineData("000000", "", "000000")]
    [InlineData("33", "33", "330000")]
    [InlineData("330000", "33", "330000")]
    [InlineData("3307", "3307", "330700")]
    [InlineData("330700", "3307", "330700")]
    [InlineData("330782", "330782", "330782")]
    [InlineData(" 330782 ", "330782", "330782")]
    public void Bare_prefixes_and_six_digit_codes_name_the_same_jurisdiction(string input, string value, string text)
    {
        Assert.True(DivisionPrefix.TryParse(input, out var prefix, out var error), error);
        Assert.Equal(value, prefix.Value);
        Assert.Equal(text, prefix.ToString());
        Assert.Equal(text, prefix.Code.Value);
        Assert.Equal(prefix, DivisionPrefix.Parse(prefix.ToString()));
    }

    [Fact]
    public void The_nation_is_written_000000_and_an_empty_jurisdiction_is_refused()
    {
        // An unset field must never widen a regulator's view to the whole country.
        Assert.False(DivisionPrefix.TryParse("", out _, out var error));
        Assert.Contains("000000", error, StringComparison.Ordinal);
        Assert.False(DivisionPrefix.TryParse(null, out _, out _));
        Assert.False(DivisionPrefix.TryParse("  ", out _, out _));
        Assert.Equal(DivisionPrefix.Nation, DivisionPrefix.Parse("000000"));
        Assert.Equal(DivisionLevel.Nation, DivisionPrefix.Nation.Level);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("330")]
    [InlineData("00")]
    [InlineData("3300")]
    [InlineData("33078")]
    [InlineData("3307821")]
    [InlineData("33a7")]
    [InlineData("330012")]
    public void Other_forms_are_rejected(string input)
    {
        Assert.False(DivisionPrefix.TryParse(input, out _, out var error));
        Assert.Contains("(", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Nation_covers_every_code_and_a_county_covers_only_itself()
    {
        var yiwu = DivisionCode.Parse("330782");
        var dongyang = DivisionCode.Parse("330783");
        Assert.True(DivisionPrefix.Nation.Covers(yiwu));
        Assert.True(DivisionPrefix.Nation.Covers(DivisionCode.Nation));
        Assert.True(DivisionPrefix.Parse("330782").Covers(yiwu));
        Assert.False(DivisionPrefix.Parse("330782").Covers(dongyang));
        Assert.False(DivisionPrefix.Parse("330782").Covers(DivisionCode.Parse("330700")));
        Assert.True(DivisionPrefix.Parse("3307").Covers(dongyang));
    }
}
