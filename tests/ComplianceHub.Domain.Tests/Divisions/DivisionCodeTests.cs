using ComplianceHub.Domain.Divisions;
using CsCheck;
using Xunit;

namespace ComplianceHub.Domain.Tests.Divisions;

public sealed class DivisionCodeTests
{
    [Theory]
    [InlineData("000000", DivisionLevel.Nation, "", null)]
    [InlineData("330000", DivisionLevel.Province, "33", "000000")]
    [InlineData("330700", DivisionLevel.City, "3307", "330000")]
    [InlineData("330782", DivisionLevel.County, "330782", "330700")]
    [InlineData("469001", DivisionLevel.County, "469001", "469000")]
    [InlineData("110105", DivisionLevel.County, "110105", "110100")]
    public void Level_prefix_and_parent_follow_from_the_trailing_zeros(
        string value, DivisionLevel level, string prefix, string? parent)
    {
        Assert.True(DivisionCode.TryParse(value, out var code, out var error), error);
        Assert.Equal(value, code.Value);
        Assert.Equal(value, code.ToString());
        Assert.Equal(level, code.Level);
        Assert.Equal(prefix, code.Prefix);
        Assert.Equal(parent, code.Parent?.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("33078")]
    [InlineData("3307820")]
    [InlineData("33078a")]
    [InlineData("３３０７８２")]
    [InlineData("001234")]
    [InlineData("000100")]
    [InlineData("330012")]
    public void Malformed_codes_are_rejected_with_a_reason(string? value)
    {
        Assert.False(DivisionCode.TryParse(value, out _, out var error));
        Assert.Contains("行政区划代码", error, StringComparison.Ordinal);
        Assert.Contains("division code", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_check_does_not_require_the_code_to_exist()
    {
        Assert.True(DivisionCode.TryParse(" 999999 ", out var code, out _));
        Assert.Equal("999999", code.Value);
    }

    [Theory]
    [InlineData("", "000000")]
    [InlineData("33", "330000")]
    [InlineData("3307", "330700")]
    [InlineData("330782", "330782")]
    public void FromPrefix_pads_with_zeros(string prefix, string expected)
    {
        var code = DivisionCode.FromPrefix(prefix);
        Assert.Equal(expected, code.Value);
        Assert.Equal(prefix, code.Prefix);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("330")]
    [InlineData("00")]
    [InlineData("3300")]
    [InlineData("3307820")]
    [InlineData("3a")]
    public void FromPrefix_rejects_anything_but_two_four_or_six_significant_digits(string prefix)
    {
        Assert.Throws<ArgumentException>(() => DivisionCode.FromPrefix(prefix));
    }

    [Theory]
    [InlineData("330782", "", true)]
    [InlineData("330782", "33", true)]
    [InlineData("330782", "3307", true)]
    [InlineData("330782", "330782", true)]
    [InlineData("330782", "3308", false)]
    [InlineData("330782", "34", false)]
    [InlineData("330700", "330782", false)]
    [InlineData("000000", "33", false)]
    [InlineData("000000", "", true)]
    public void IsWithin_is_a_prefix_match_on_significant_digits(string code, string governed, bool within)
    {
        var prefix = DivisionPrefix.FromCode(DivisionCode.FromPrefix(governed));
        Assert.Equal(within, DivisionCode.Parse(code).IsWithin(prefix));
        Assert.Equal(within, prefix.Covers(DivisionCode.Parse(code)));
    }

    [Fact]
    public void Every_well_formed_code_reaches_the_nation_through_its_parents_within_three_steps()
    {
        var code = Gen.Select(Gen.Int[1, 99], Gen.Int[0, 99], Gen.Int[0, 99])
            .Select((p, c, d) => $"{p:D2}{c:D2}{d:D2}")
            .Where(s => !(s[2..4] == "00" && s[4..] != "00"));
        code.Sample(s =>
        {
            var current = DivisionCode.Parse(s);
            var steps = 0;
            while (current.Parent is { } parent)
            {
                Assert.StartsWith(parent.Prefix, current.Prefix, StringComparison.Ordinal);
                Assert.Equal(current.Level - 1, parent.Level);
                Assert.True(current.IsWithin(DivisionPrefix.FromCode(parent)));
                current = parent;
                steps++;
            }

            Assert.Equal(DivisionCode.Nation, current);
            Assert.InRange(steps, 1, 3);
        });
    }
}
