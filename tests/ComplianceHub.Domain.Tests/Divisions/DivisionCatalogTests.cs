using ComplianceHub.Domain.Divisions;
using Xunit;

namespace ComplianceHub.Domain.Tests.Divisions;

public sealed class DivisionCatalogTests
{
    private static readonly DivisionCatalog Catalog = DivisionCatalog.Default;

    [Theory]
    [InlineData("330782", "义乌市")]
    [InlineData("330700", "金华市")]
    [InlineData("330000", "浙江省")]
    [InlineData("420300", "十堰市")]
    [InlineData("110105", "朝阳区")]
    [InlineData("000000", "中华人民共和国")]
    public void Known_divisions_are_present_with_their_names(string value, string name)
    {
        var code = DivisionCode.Parse(value);
        Assert.True(Catalog.Contains(code));
        Assert.True(Catalog.TryGetName(code, out var actual));
        Assert.Equal(name, actual);
    }

    [Theory]
    [InlineData("330782", "浙江省 金华市 义乌市")]
    [InlineData("330700", "浙江省 金华市")]
    [InlineData("330000", "浙江省")]
    [InlineData("110105", "北京市 朝阳区")]
    [InlineData("469001", "海南省 五指山市")]
    [InlineData("000000", "中华人民共和国")]
    [InlineData("330799", "浙江省 金华市 330799")]
    public void FullName_joins_the_levels_and_skips_placeholder_cities(string value, string expected)
    {
        Assert.Equal(expected, Catalog.FullName(DivisionCode.Parse(value)));
    }

    [Fact]
    public void An_unknown_code_is_absent()
    {
        var code = DivisionCode.Parse("999999");
        Assert.False(Catalog.Contains(code));
        Assert.False(Catalog.TryGetName(code, out _));
        Assert.Empty(Catalog.Children(code));
    }

    [Theory]
    [InlineData("330782")]
    [InlineData("330700")]
    [InlineData("330000")]
    [InlineData("420300")]
    [InlineData("110105")]
    [InlineData("110100")]
    [InlineData("000000")]
    public void TryValidate_accepts_real_codes_at_any_level(string input)
    {
        Assert.True(Catalog.TryValidate(input, out var code, out var error), error);
        Assert.True(Catalog.Contains(code));
    }

    [Theory]
    [InlineData("33", "330000")]
    [InlineData("3307", "330700")]
    [InlineData("330700", "330700")]
    [InlineData("330782", "330782")]
    [InlineData("000000", "000000")]
    public void TryValidatePrefix_accepts_real_jurisdictions_in_short_or_six_digit_form(string input, string code)
    {
        Assert.True(Catalog.TryValidatePrefix(input, out var prefix, out var error), error);
        Assert.Equal(code, prefix.Code.Value);
    }

    [Theory]
    [InlineData("99")]
    [InlineData("3399")]
    [InlineData("999999")]
    public void TryValidatePrefix_refuses_jurisdictions_not_in_the_table(string input)
    {
        Assert.False(Catalog.TryValidatePrefix(input, out _, out var error));
        Assert.Equal("行政区划代码不存在 (unknown GB/T 2260 division code)", error);
    }

    [Fact]
    public void TryValidate_wants_six_digits_even_for_a_real_prefix()
    {
        Assert.False(Catalog.TryValidate("3307", out _, out _));
    }

    [Fact]
    public void TryValidate_names_an_unknown_code_and_passes_through_format_errors()
    {
        Assert.False(Catalog.TryValidate("999999", out _, out var unknown));
        Assert.Equal("行政区划代码不存在 (unknown GB/T 2260 division code)", unknown);
        Assert.False(Catalog.TryValidate("99x", out _, out var malformed));
        Assert.NotEqual(unknown, malformed);
    }

    [Fact]
    public void Children_are_the_next_level_down_in_code_order()
    {
        var provinces = Catalog.Children(DivisionCode.Nation).ToList();
        Assert.Equal(31, provinces.Count);
        Assert.All(provinces, p => Assert.Equal(DivisionLevel.Province, p.Level));

        var jinhua = Catalog.Children(DivisionCode.Parse("330700")).Select(c => c.Value).ToList();
        Assert.Contains("330782", jinhua);
        Assert.Equal(jinhua.Order(StringComparer.Ordinal), jinhua);
        Assert.DoesNotContain("330700", jinhua);
    }

    [Fact]
    public void The_whole_table_is_consistent()
    {
        var all = Catalog.All.ToList();
        Assert.True(all.Count > 3000, $"only {all.Count} divisions loaded");
        foreach (var code in all)
        {
            if (code.Parent is { } parent)
            {
                Assert.True(Catalog.Contains(parent), $"parent of {code} missing");
                Assert.Contains(code, Catalog.Children(parent));
            }
        }
    }

    [Fact]
    public void A_table_with_a_missing_parent_is_refused_with_its_line()
    {
        const string tsv = "code\tname\tparentCode\n000000\t中华人民共和国\t\n330782\t义乌市\t330700\n";
        var ex = Assert.Throws<InvalidDataException>(() => DivisionCatalog.FromTsv(new StringReader(tsv)));
        Assert.Contains("line 3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_whose_parent_column_contradicts_the_code_is_refused()
    {
        const string tsv = "code\tname\tparentCode\n000000\t中华人民共和国\t\n330000\t浙江省\t000000\n340000\t安徽省\t330000\n";
        Assert.Throws<InvalidDataException>(() => DivisionCatalog.FromTsv(new StringReader(tsv)));
    }
}
