using CsCheck;
using ComplianceHub.Domain.Labels;
using Xunit;

namespace ComplianceHub.Domain.Tests.Labels;

public sealed class MaskedShapeTests
{
    [Theory]
    [InlineData("138****5678", "ddd****dddd")]
    [InlineData("张三", "XX")]
    [InlineData("黄*华", "X*X")]
    [InlineData("0310-76●*****", "dddd-dd●*****")]
    [InlineData("+86 (0571) ９８＊×", "+dd (dddd) dd＊×")]
    [InlineData("阿依古丽·买买提", "XXXX·XXX")]
    [InlineData("19247357363转6073", "dddddddddddXdddd")]
    [InlineData("金色港湾C座318", "XXXXXXddd")]
    [InlineData("", "")]
    public void Shape_keeps_masks_and_separators_and_erases_content(string value, string shape) =>
        Assert.Equal(shape, MaskedShape.Of(value));

    [Fact]
    public void Surrogate_pair_is_one_character_in_the_shape() =>
        Assert.Equal("X*", MaskedShape.Of("\U00020000*"));

    [Fact]
    public void Shape_never_contains_a_digit_or_cjk_character()
    {
        var anyChar = Gen.OneOf<char>(Gen.Char, Gen.Char['0', '9'], Gen.Char['０', '９'], Gen.Char['\u4e00', '\u9fff'], Gen.Char["*＊×● -"]);
        anyChar.Array[0, 40].Select(chars => new string(chars)).Sample(value =>
        {
            var shape = MaskedShape.Of(value);
            Assert.DoesNotContain(shape, c => char.IsDigit(c) || c is >= '\u4e00' and <= '\u9fff' || char.IsSurrogate(c));
            Assert.True(shape.Length <= value.Length);
        });
    }

    [Fact]
    public void Shape_has_one_symbol_per_printed_character_of_ordinary_text()
    {
        Gen.Char['\u4e00', '\u9fff'].Array[0, 30].Select(chars => new string(chars)).Sample(value => Assert.Equal(value.Length, MaskedShape.Of(value).Length));
    }
}
