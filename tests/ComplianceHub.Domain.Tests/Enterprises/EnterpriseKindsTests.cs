using ComplianceHub.Domain.Enterprises;
using Xunit;

namespace ComplianceHub.Domain.Tests.Enterprises;

public sealed class EnterpriseKindsTests
{
    [Theory]
    [InlineData(EnterpriseKind.CourierOutlet, "courier-outlet", "快递网点")]
    [InlineData(EnterpriseKind.CloudWarehouse, "cloud-warehouse", "电商云仓")]
    [InlineData(EnterpriseKind.Platform, "platform", "电商平台")]
    [InlineData(EnterpriseKind.TerminalStation, "terminal-station", "末端驿站")]
    public void Each_kind_has_a_wire_name_and_a_chinese_name_that_parse_back(EnterpriseKind kind, string wire, string chinese)
    {
        Assert.Equal(wire, EnterpriseKinds.ToWireName(kind));
        Assert.Equal(chinese, EnterpriseKinds.ChineseName(kind));
        Assert.True(EnterpriseKinds.TryParse(wire, out var fromWire));
        Assert.Equal(kind, fromWire);
        Assert.True(EnterpriseKinds.TryParse(wire.ToUpperInvariant(), out var fromUpper));
        Assert.Equal(kind, fromUpper);
        Assert.True(EnterpriseKinds.TryParse(chinese, out var fromChinese));
        Assert.Equal(kind, fromChinese);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("CourierOutlet")]
    [InlineData("courier_outlet")]
    [InlineData("warehouse")]
    public void Unknown_names_and_numbers_are_rejected(string? input)
    {
        Assert.False(EnterpriseKinds.TryParse(input, out _));
    }

    [Fact]
    public void Every_enum_value_is_covered()
    {
        Assert.Equal(Enum.GetValues<EnterpriseKind>(), EnterpriseKinds.All);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => EnterpriseKinds.ToWireName((EnterpriseKind)99)).ParamName);
    }
}
