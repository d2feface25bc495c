using ComplianceHub.Domain.Labels;
using Xunit;

namespace ComplianceHub.Domain.Tests.Labels;

public sealed class PhoneMaskRuleTests
{
    [Theory]
    [InlineData("138****5678")]
    [InlineData("188*****004")]
    [InlineData("199**×*2836")]
    [InlineData("0579-3368****")]
    [InlineData("010-0917**●*")]
    [InlineData("18807370283")]
    [InlineData("１３８＊＊＊＊５６７８")]
    [InlineData("+86 138****5678")]
    [InlineData("+852 9123 ****")]
    [InlineData("*****")]
    public void Phone_with_fewer_than_six_masks_is_under_masked(string phone) =>
        Assert.True(WaybillMaskChecker.IsPhoneUnderMasked(phone));

    [Theory]
    [InlineData("16×******77")]
    [InlineData("0310-76●*****")]
    [InlineData("010-07******")]
    [InlineData("*＊*●***1594")]
    [InlineData("14******●06")]
    [InlineData("１３＊＊＊＊＊＊６７８")]
    [InlineData("+86 138 ****** 78")]
    [InlineData("+86-13******678")]
    [InlineData("(0571) 98******")]
    public void Phone_with_six_or_more_masks_is_compliant(string phone) =>
        Assert.False(WaybillMaskChecker.IsPhoneUnderMasked(phone));

    [Fact]
    public void Leading_plus86_is_a_separator_not_two_visible_digits()
    {
        // The count is of masks, so +86 matters only for recognising the virtual-number shape.
        Assert.False(WaybillMaskChecker.IsPhoneUnderMasked("+8619247357363转6073"));
        Assert.False(WaybillMaskChecker.IsPhoneUnderMasked("+86"));
        Assert.True(WaybillMaskChecker.IsPhoneUnderMasked("+85219247357363转6073"));
    }

    [Theory]
    [InlineData("19247357363转6073")]
    [InlineData("19279137298转11209")]
    [InlineData("17692984427转0624")]
    [InlineData("192-4735-7363转607")]
    [InlineData("192****7363转6073")]
    [InlineData("１９２４７３５７３６３转６０７３")]
    [InlineData("19247357363 转 6073")]
    public void Virtual_number_with_extension_is_compliant_whatever_its_masking(string phone) =>
        Assert.False(WaybillMaskChecker.IsPhoneUnderMasked(phone));

    [Theory]
    [InlineData("19247357363转60")]
    [InlineData("19247357363转607312")]
    [InlineData("转6073")]
    [InlineData("19247357363转60转73")]
    [InlineData("1924735736x转6073")]
    public void Text_that_is_not_the_virtual_number_shape_falls_back_to_the_mask_count(string phone) =>
        Assert.True(WaybillMaskChecker.IsPhoneUnderMasked(phone));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(" - ")]
    public void Empty_phone_is_compliant(string phone) =>
        Assert.False(WaybillMaskChecker.IsPhoneUnderMasked(phone));

    [Fact]
    public void Null_phone_is_treated_as_empty() =>
        Assert.False(WaybillMaskChecker.IsPhoneUnderMasked((string?)null));
}
