using ComplianceHub.Domain.Validation;
using Xunit;

namespace ComplianceHub.Domain.Tests.Validation;

public sealed class PersonalDataTests
{
    [Theory]
    [InlineData("13800138000")]
    [InlineData("联系人电话13800138000请回电")]
    [InlineData("138 0013 8000")]
    [InlineData("138-0013-8000")]
    [InlineData("138－0013－8000")] // full-width hyphen-minus
    [InlineData("138　0013　8000")] // ideographic space
    [InlineData("１３８００１３８０００")] // full-width digits
    [InlineData("+8613800138000")]
    [InlineData("+86 138 0013 8000")]
    [InlineData("86-138-0013-8000")]
    [InlineData("0086 13800138000")]
    [InlineData("s13800138000")]
    [InlineData("batch-19912345678")]
    [InlineData("tel:15912345678.")]
    public void Mobile_numbers_are_found_in_any_spacing(string text) =>
        Assert.Equal(PersonalDataKind.MobileNumber, PersonalData.Find(text));

    [Theory]
    [InlineData("11010519491231002X")] // the GB 11643 worked example
    [InlineData("11010519491231002x")]
    [InlineData("身份证号11010519491231002X，已核验")]
    [InlineData("110105 19491231 002X")]
    [InlineData("440524188001010014")]
    public void Resident_identity_numbers_with_a_valid_check_character_are_found(string text) =>
        Assert.Equal(PersonalDataKind.IdentityNumber, PersonalData.Find(text));

    [Theory]
    [InlineData("")]
    [InlineData("b-001")]
    [InlineData("12800138000")] // 12x is not a mobile prefix
    [InlineData("1380013800")] // ten digits
    [InlineData("138001380001")] // twelve digits in one run
    [InlineData("138****5678")] // a masked number is what the hub wants
    [InlineData("YT7512345678901")] // a waybill number
    [InlineData("20261123-0001")]
    [InlineData("batch-1796000000-5")] // a timestamp and a counter, not 3-4-4 grouping
    [InlineData("110105194912310021")] // wrong check digit: not an identity number
    [InlineData("110105199913310020")] // no 31st of the 13th month
    [InlineData("全部面单使用隐私面单模板，电话隐藏不少于 6 位，整改后提交抽检记录。")]
    [InlineData("GB/T 41833-2022《快递电子运单》")]
    [InlineData("2026-11-23 13:45 培训 2 小时")]
    public void Other_text_is_not_personal_data(string text) =>
        Assert.Equal(PersonalDataKind.None, PersonalData.Find(text));

    [Fact]
    public void The_check_character_follows_GB_11643()
    {
        Assert.Equal('X', ResidentIdentityNumber.CheckCharacter("11010519491231002"));
        Assert.Equal('4', ResidentIdentityNumber.CheckCharacter("44052418800101001"));
        Assert.True(ResidentIdentityNumber.IsValid("11010519491231002X"));
        Assert.False(ResidentIdentityNumber.IsValid("110105194912310021"));
        Assert.False(ResidentIdentityNumber.IsValid("11010519491231002"));
    }

    [Fact]
    public void Every_eighteen_digit_body_has_exactly_one_valid_check_character()
    {
        const string body = "33078219850615123";
        var valid = "0123456789X".Count(c => ResidentIdentityNumber.IsValid(body + c));
        Assert.Equal(1, valid);
    }
}
