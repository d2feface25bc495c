using ComplianceHub.Domain.Labels;
using Xunit;

namespace ComplianceHub.Domain.Tests.Labels;

public sealed class WaybillMaskCheckerTests
{
    [Fact]
    public void Check_combines_the_three_rules_into_flags()
    {
        Assert.Equal(
            LabelViolations.NameVisible | LabelViolations.PhoneUnderMasked | LabelViolations.AddressRoomVisible,
            WaybillMaskChecker.Check("武芳", "190**＊**852", "宾王小区20幢2单元3303房"));
        Assert.Equal(LabelViolations.PhoneUnderMasked, WaybillMaskChecker.Check("段＊", "138****5678", "中山南路1979号"));
        Assert.Equal(LabelViolations.None, WaybillMaskChecker.Check("", "", ""));
    }

    [Theory]
    [InlineData("义乌市小商品城旗舰店", "4008-123-456")]
    [InlineData("中通快递义乌分公司", "95311")]
    [InlineData("稠城街道社区服务中心", "0579-85123456")]
    [InlineData("李记五金店", "13812345678")]
    public void Declared_organisation_with_an_organisation_word_is_not_checked_for_name_or_phone(string name, string phone)
    {
        Assert.Equal(LabelViolations.None, WaybillMaskChecker.Check(name, phone, "人民路12号", WaybillParty.Organization));
        Assert.Equal(LabelViolations.NameVisible | LabelViolations.PhoneUnderMasked, WaybillMaskChecker.Check(name, phone, "人民路12号"));
    }

    [Theory]
    [InlineData("李明")]
    [InlineData("王小二")]
    public void Declared_organisation_without_an_organisation_word_is_checked_as_a_person(string name) =>
        Assert.Equal(
            LabelViolations.NameVisible | LabelViolations.PhoneUnderMasked,
            WaybillMaskChecker.Check(name, "13812345678", "人民路12号", WaybillParty.Organization));

    [Fact]
    public void Organisation_address_is_still_checked() =>
        Assert.Equal(
            LabelViolations.AddressRoomVisible,
            WaybillMaskChecker.Check("某某商行", "4008123456", "幸福小区3幢2单元301室", WaybillParty.Organization));

    [Theory]
    [InlineData("person", WaybillParty.Person)]
    [InlineData("organization", WaybillParty.Organization)]
    [InlineData(" Organization ", WaybillParty.Organization)]
    public void Party_wire_names_parse(string text, WaybillParty expected)
    {
        Assert.True(WaybillParties.TryParse(text, out var party));
        Assert.Equal(expected, party);
        Assert.True(WaybillParties.TryParse(text.AsSpan(), out var fromSpan));
        Assert.Equal(expected, fromSpan);
    }

    [Theory]
    [InlineData("company")]
    [InlineData("单位")]
    [InlineData("")]
    public void Other_party_names_are_refused(string text)
    {
        Assert.False(WaybillParties.TryParse(text, out _));
        Assert.False(WaybillParties.TryParse(text.AsSpan(), out _));
    }

    [Fact]
    public void Null_fields_are_treated_as_empty() =>
        Assert.Equal(LabelViolations.None, WaybillMaskChecker.Check((string?)null, (string?)null, (string?)null));
}
