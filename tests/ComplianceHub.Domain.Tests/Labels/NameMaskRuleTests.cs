using ComplianceHub.Domain.Labels;
using Xunit;

namespace ComplianceHub.Domain.Tests.Labels;

public sealed class NameMaskRuleTests
{
    [Theory]
    [InlineData("李琼聪")]
    [InlineData("郭琬")]
    [InlineData("阿依古丽·买买提")]
    [InlineData("Li Wei")]
    [InlineData("John Smith")]
    [InlineData(" 张三 ")]
    public void Name_without_any_mask_is_visible(string name) =>
        Assert.True(WaybillMaskChecker.IsNameVisible(name));

    [Theory]
    [InlineData("黄*华")]
    [InlineData("段＊")]
    [InlineData("邹×锦")]
    [InlineData("**●")]
    [InlineData("*·买买提")]
    [InlineData("阿依古丽·*")]
    [InlineData("L* Wei")]
    [InlineData("J●hn")]
    public void Name_with_any_mask_character_is_masked(string name) =>
        Assert.False(WaybillMaskChecker.IsNameVisible(name));

    [Theory]
    [InlineData("郭小姐")]
    [InlineData("邱女士")]
    [InlineData("姜先生")]
    [InlineData("欧阳女士")]
    [InlineData("诸葛先生")]
    [InlineData("Wang先生")]
    [InlineData("Smith 女士")]
    [InlineData("先生")]
    public void Surname_with_courtesy_title_counts_as_masked(string name) =>
        Assert.False(WaybillMaskChecker.IsNameVisible(name));

    [Theory]
    [InlineData("张三先生")]
    [InlineData("王小明女士")]
    [InlineData("John Smith先生")]
    [InlineData("小姐姐")]
    public void Given_name_printed_with_a_title_is_visible(string name) =>
        Assert.True(WaybillMaskChecker.IsNameVisible(name));

    [Theory]
    [InlineData("张")]
    [InlineData(" 李 ")]
    [InlineData("欧阳")]
    [InlineData("诸葛 ")]
    [InlineData("𠮷")]
    public void Surname_alone_hides_the_given_name(string name) =>
        Assert.False(WaybillMaskChecker.IsNameVisible(name));

    [Theory]
    [InlineData("张三")]
    [InlineData("欧阳锋")]
    [InlineData("𠮷祥")]
    public void Surname_and_given_name_are_visible(string name) =>
        Assert.True(WaybillMaskChecker.IsNameVisible(name));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("·")]
    public void Empty_or_blank_name_prints_nothing_and_is_compliant(string name) =>
        Assert.False(WaybillMaskChecker.IsNameVisible(name));

    [Fact]
    public void Null_name_is_treated_as_empty() =>
        Assert.False(WaybillMaskChecker.IsNameVisible((string?)null));
}
