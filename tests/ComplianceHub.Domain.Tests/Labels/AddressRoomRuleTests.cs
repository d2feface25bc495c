using ComplianceHub.Domain.Labels;
using Xunit;

namespace ComplianceHub.Domain.Tests.Labels;

public sealed class AddressRoomRuleTests
{
    [Theory]
    [InlineData("阳光花园25幢2804户")]
    [InlineData("宾王小区20幢2单元3303房")]
    [InlineData("金色港湾17幢1单元3202室")]
    [InlineData("世纪城39幢*单元704室")]
    [InlineData("幸福里8幢*单元3***室")]
    [InlineData("和平新村二十一单元")]
    public void Visible_number_before_unit_household_or_room_is_visible(string address) =>
        Assert.True(WaybillMaskChecker.IsAddressRoomVisible(address));

    [Theory]
    [InlineData("世纪城28幢五单元***")]
    [InlineData("星河湾20幢一单元***")]
    [InlineData("翠苑一区40幢十单元****室")]
    [InlineData("阳光花园6单元****室")]
    [InlineData("阳光花园６单元****室")]
    public void Unit_number_in_digits_or_chinese_numerals_is_visible_even_with_the_room_masked(string address) =>
        Assert.True(WaybillMaskChecker.IsAddressRoomVisible(address));

    [Theory]
    [InlineData("和平新村17号楼2101")]
    [InlineData("金色港湾C座318")]
    [InlineData("世纪城D座2803")]
    [InlineData("和平新村16栋6单元3201")]
    [InlineData("金融广场30楼3005")]
    [InlineData("世纪城18幢*单元2503室")]
    [InlineData("世纪城28幢 3单元")]
    [InlineData("世纪城２８幢３单元")]
    [InlineData("金色港湾C座*18")]
    [InlineData("金色港湾**座318")]
    [InlineData("和平新村3号栋-2101")]
    public void Visible_digit_right_after_a_building_floor_or_unit_is_visible(string address) =>
        Assert.True(WaybillMaskChecker.IsAddressRoomVisible(address));

    [Theory]
    [InlineData("翠苑一区37-4-3101")]
    [InlineData("世纪城40-2-1102  ")]
    [InlineData("和平新村２１-３-１００３")]
    [InlineData("和平新村21-3-****")]
    [InlineData("和平新村21-*-1003")]
    [InlineData("和平新村21-3-****室")]
    public void Address_ending_in_building_unit_room_triple_with_a_visible_unit_or_room_is_visible(string address) =>
        Assert.True(WaybillMaskChecker.IsAddressRoomVisible(address));

    [Theory]
    [InlineData("中山南路1979号")]
    [InlineData("学院路88号院")]
    [InlineData("阳光花园2号楼")]
    [InlineData("国贸大厦28楼")]
    [InlineData("星河湾13栋")]
    [InlineData("金色港湾20幢******")]
    [InlineData("金色港湾14幢***＊*")]
    [InlineData("金色港湾2幢*●*")]
    [InlineData("幸福里19幢×单元****室")]
    [InlineData("幸福里2幢*单元*×*●室")]
    [InlineData("湖北省十堰市茅箭区建国路1098号翠苑一区")]
    [InlineData("和平新村21-*-****")]
    [InlineData("中山路12-14号")]
    [InlineData("宾王路1099号翠苑一区C座")]
    [InlineData("南京市鼓楼区中山路100号")]
    [InlineData("学院路收发室")]
    [InlineData("")]
    public void Street_compound_building_or_floor_alone_is_compliant(string address) =>
        Assert.False(WaybillMaskChecker.IsAddressRoomVisible(address));

    [Theory]
    [InlineData("幸福小区12-301")]
    [InlineData("幸福小区12－1203")]
    [InlineData("幸福小区12‐1203")]
    [InlineData("幸福小区5—1203")]
    [InlineData("幸福小区B-2203 东门")]
    [InlineData("幸福小区**-301")]
    [InlineData("幸福小区１２-３０１")]
    public void Dash_linked_groups_ending_in_three_or_more_digits_show_a_room(string address) =>
        Assert.True(WaybillMaskChecker.IsAddressRoomVisible(address));

    [Theory]
    [InlineData("南京东路 12-301号")]
    [InlineData("富民路 25-101弄")]
    [InlineData("延安路88-102 号")]
    [InlineData("三里屯12-301路口")]
    [InlineData("望江路12-14号")]
    [InlineData("幸福小区12-3*1")]
    public void Dash_linked_groups_that_are_a_street_number_or_hide_the_room_are_compliant(string address) =>
        Assert.False(WaybillMaskChecker.IsAddressRoomVisible(address));

    [Theory]
    [InlineData("国贸大厦 1208")]
    [InlineData("国贸大厦1208")]
    [InlineData("丽都大楼 501")]
    [InlineData("海景公寓32101")]
    [InlineData("金融广场 2801")]
    [InlineData("国际金融中心5101")]
    [InlineData("阳光花园1203")]
    [InlineData("宾王小区 301")]
    [InlineData("翠苑 803")]
    [InlineData("江南府1102")]
    [InlineData("颐和园 301")]
    [InlineData("世纪城 802")]
    [InlineData("星河湾2203  ")]
    [InlineData("幸福里B1518")]
    [InlineData("幸福里b1518")]
    [InlineData("幸福里Ｃ２０３")]
    public void Three_to_five_digits_ending_the_address_after_a_building_word_or_a_letter_show_a_room(string address) =>
        Assert.True(WaybillMaskChecker.IsAddressRoomVisible(address));

    [Theory]
    [InlineData("金色港湾88")]
    [InlineData("翠苑小区123456")]
    [InlineData("幸福里B15")]
    [InlineData("国贸大厦 12**")]
    [InlineData("人民路1904号")]
    [InlineData("建国路1904")]
    [InlineData("幸福里b 1518")]
    public void Other_numbers_ending_the_address_are_not_read_as_rooms(string address) =>
        Assert.False(WaybillMaskChecker.IsAddressRoomVisible(address));

    [Theory]
    [InlineData("大学城东区512寝室", true)]
    [InlineData("大学城3舍 415宿舍", true)]
    [InlineData("海景公寓306房间", true)]
    [InlineData("大学城东区***寝室", false)]
    [InlineData("天童南路5号宿舍楼", false)]
    public void Dormitory_and_room_words_are_room_keywords(string address, bool visible) =>
        Assert.Equal(visible, WaybillMaskChecker.IsAddressRoomVisible(address));

    [Fact]
    public void Null_address_is_treated_as_empty() =>
        Assert.False(WaybillMaskChecker.IsAddressRoomVisible((string?)null));
}
