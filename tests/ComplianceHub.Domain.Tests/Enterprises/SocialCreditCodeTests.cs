using ComplianceHub.Domain.Enterprises;
using CsCheck;
using Xunit;

namespace ComplianceHub.Domain.Tests.Enterprises;

public sealed class SocialCreditCodeTests
{
    private const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    // Published codes, each seen attributed to its holder in more than one public place.
    [Theory]
    [InlineData("911000001000013428")] // 中国银行股份有限公司 (serialNumber of www.boc.cn's EV certificate)
    [InlineData("91110000802100433B")] // 北京百度网讯科技有限公司 (organisation code 802100433)
    [InlineData("914403001922038216")] // 华为技术有限公司
    [InlineData("91110108551385082Q")] // 小米科技有限责任公司
    [InlineData("91330782MA2DFE301F")] // 义乌海仓供应链管理有限公司
    [InlineData("91330782147634358J")] // 义乌市第二石油有限公司 (seller on a published invoice)
    public void Real_published_codes_pass(string value)
    {
        Assert.True(SocialCreditCode.TryParse(value, out var code, out var error), error);
        Assert.Null(error);
        Assert.Equal(value, code.Value);
        Assert.Equal(value, code.ToString());
    }

    [Theory]
    [InlineData("911000001000013427")]
    [InlineData("91110000802100433C")]
    [InlineData("914403001922038210")]
    public void Wrong_check_character_is_rejected_in_both_languages(string value)
    {
        Assert.False(SocialCreditCode.TryParse(value, out _, out var error));
        Assert.Equal("统一社会信用代码校验位错误 (wrong GB 32100-2015 check character)", error);
    }

    [Fact]
    public void Lowercase_and_surrounding_spaces_are_normalised()
    {
        Assert.True(SocialCreditCode.TryParse("  91110000802100433b\t", out var code, out _));
        Assert.Equal("91110000802100433B", code.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("9111000080210043")]
    [InlineData("91110000802100433B0")]
    [InlineData("9111000080210 0433B")]
    public void Anything_not_eighteen_characters_is_rejected(string? value)
    {
        Assert.False(SocialCreditCode.TryParse(value, out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Theory]
    [InlineData('I')]
    [InlineData('O')]
    [InlineData('Z')]
    [InlineData('S')]
    [InlineData('V')]
    [InlineData('-')]
    [InlineData('Ａ')]
    public void Characters_outside_the_charset_are_rejected(char bad)
    {
        var value = "9111000080210043" + bad + "B";
        Assert.False(SocialCreditCode.TryParse(value, out _, out var error));
        Assert.Contains("17", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Division_part_must_be_digits()
    {
        var code = SocialCreditCode.Create("91330782MA2DFE301");
        var withLetter = "9133A782MA2DFE301";
        Assert.Throws<ArgumentException>(() => SocialCreditCode.Create(withLetter));
        Assert.False(SocialCreditCode.TryParse(withLetter + "0", out _, out var error));
        Assert.Contains("3–8", error, StringComparison.Ordinal);
        Assert.Equal("330782", code.DivisionPart);
    }

    [Theory]
    [InlineData("91110000802100433", 'B')]
    [InlineData("91330782MA2EEHAU5", '0')]
    [InlineData("91330782MAEKK29W4", 'R')]
    [InlineData("9132058172520705X", 'D')]
    public void Create_computes_the_published_check_character(string first17, char check)
    {
        Assert.Equal(first17 + check, SocialCreditCode.Create(first17).Value);
    }

    [Fact]
    public void Create_maps_a_check_value_of_31_to_zero()
    {
        // 91330782MA2EEHAU5 has weighted sum ≡ 0 (mod 31), the case the standard maps to '0'.
        Assert.Equal('0', SocialCreditCode.Create("91330782MA2EEHAU5").Value[17]);
    }

    [Theory]
    [InlineData("9111000080210043")]
    [InlineData("911100008021004333")]
    [InlineData("9111000080210043O")]
    public void Create_rejects_anything_but_seventeen_charset_characters(string first17)
    {
        Assert.Throws<ArgumentException>(() => SocialCreditCode.Create(first17));
    }

    [Fact]
    public void Parse_throws_format_exception_with_the_reason()
    {
        var ex = Assert.Throws<FormatException>(() => SocialCreditCode.Parse("91110000802100433C"));
        Assert.Contains("校验位", ex.Message, StringComparison.Ordinal);
    }

    private static readonly Gen<string> First17 =
        Gen.Select(Gen.Char[Charset].Array[2], Gen.Char['0', '9'].Array[6], Gen.Char[Charset].Array[9],
            (a, b, c) => new string(a) + new string(b) + new string(c));

    [Fact]
    public void Every_created_code_parses_back()
    {
        First17.Sample(f =>
        {
            var code = SocialCreditCode.Create(f);
            return SocialCreditCode.TryParse(code.Value, out var back, out _) && back == code;
        });
    }

    [Fact]
    public void Any_single_character_substitution_is_detected()
    {
        Gen.Select(First17, Gen.Int[0, 17], Gen.Int[1, 30]).Sample((f, position, shift) =>
        {
            var chars = SocialCreditCode.Create(f).Value.ToCharArray();
            if (position is >= 2 and < 8)
            {
                chars[position] = (char)('0' + ((chars[position] - '0' + shift) % 10));
                if (shift % 10 == 0) return true;
            }
            else
            {
                chars[position] = Charset[(Charset.IndexOf(chars[position], StringComparison.Ordinal) + shift) % 31];
            }
            return !SocialCreditCode.TryParse(new string(chars), out _, out _);
        });
    }

    [Fact]
    public void Any_transposition_of_two_different_adjacent_characters_is_detected()
    {
        Gen.Select(First17, Gen.Int[0, 16]).Sample((f, position) =>
        {
            var chars = SocialCreditCode.Create(f).Value.ToCharArray();
            if (chars[position] == chars[position + 1]) return true;
            (chars[position], chars[position + 1]) = (chars[position + 1], chars[position]);
            var swapped = new string(chars);
            return !SocialCreditCode.TryParse(swapped, out _, out _);
        });
    }
}
