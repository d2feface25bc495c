using ComplianceHub.Domain.Labels;
using CsCheck;
using Xunit;

namespace ComplianceHub.Domain.Tests.Labels;

public sealed class IdNumberRuleTests
{
    [Theory]
    [InlineData("330782199003071235")]
    [InlineData("11010519491231002X")]
    [InlineData("11010519491231002x")]
    [InlineData("11010519491231002Ｘ")]
    [InlineData("３３０７８２１９９００３０７１２３５")]
    [InlineData("身份证330782199003071235 收")]
    [InlineData("王*420303198511153018")]
    [InlineData("330782900307123")]
    public void A_valid_identity_number_anywhere_in_a_field_is_printed(string field) =>
        Assert.True(WaybillMaskChecker.IsIdNumberPrinted(field));

    [Theory]
    [InlineData("330782199003071236")]
    [InlineData("110105194912310021")]
    [InlineData("3307821990030712351")]
    [InlineData("订单A330782199003071235")]
    [InlineData("330782199003071235B")]
    [InlineData("3307**********1235")]
    [InlineData("330782901407123")]
    [InlineData("330782900230123")]
    [InlineData("13812345678")]
    [InlineData("")]
    public void Other_digits_are_not_an_identity_number(string field) =>
        Assert.False(WaybillMaskChecker.IsIdNumberPrinted(field));

    [Fact]
    public void Exactly_one_check_character_makes_seventeen_digits_an_identity_number() =>
        Gen.Char['0', '9'].Array[17].Sample(body =>
        {
            var accepted = "0123456789X".Count(check => WaybillMaskChecker.IsIdNumberPrinted(new string(body) + check));
            Assert.Equal(1, accepted);
        });

    [Fact]
    public void Identity_number_is_flagged_in_every_field_and_for_every_party()
    {
        const string id = "330782199003071235";
        Assert.Equal(LabelViolations.IdNumberPrinted, WaybillMaskChecker.Check("王*", "138******78", "人民路12号 " + id) & LabelViolations.IdNumberPrinted);
        Assert.Equal(LabelViolations.IdNumberPrinted, WaybillMaskChecker.Check("王*" + id, "138******78", "人民路12号") & LabelViolations.IdNumberPrinted);
        Assert.Equal(LabelViolations.IdNumberPrinted, WaybillMaskChecker.Check("某某商行", "4008123456", "人民路12号 " + id, WaybillParty.Organization));
    }
}
