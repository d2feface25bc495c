using ComplianceHub.Domain.Enterprises;
using Xunit;

namespace ComplianceHub.Domain.Tests.Enterprises;

public sealed class EnterpriseIdTests
{
    private const string Uscc = "91330782MA2DFE301F";

    [Fact]
    public void A_bare_code_is_an_enterprise_without_outlet()
    {
        Assert.True(EnterpriseId.TryParse(Uscc, out var id, out var error), error);
        Assert.Equal(Uscc, id.Code.Value);
        Assert.Null(id.Outlet);
        Assert.Equal(Uscc, id.ToString());
    }

    [Fact]
    public void Code_hyphen_outlet_is_an_outlet_and_round_trips()
    {
        Assert.True(EnterpriseId.TryParse("91330782ma2dfe301f-yw001", out var id, out var error), error);
        Assert.Equal(Uscc, id.Code.Value);
        Assert.Equal("YW001", id.Outlet?.Value);
        Assert.Equal(Uscc + "-YW001", id.ToString());
        Assert.Equal(id, EnterpriseId.Parse(id.ToString()));
    }

    [Fact]
    public void Outlets_of_one_enterprise_are_distinct_ids()
    {
        var a = EnterpriseId.Parse(Uscc + "-YW001");
        var b = EnterpriseId.Parse(Uscc + "-YW002");
        var hq = EnterpriseId.Parse(Uscc);
        Assert.NotEqual(a, b);
        Assert.NotEqual(a, hq);
        Assert.Equal(a.Code, hq.Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("91330782MA2DFE301")]
    [InlineData("91330782MA2DFE301F-")]
    [InlineData("91330782MA2DFE301F/YW001")]
    [InlineData("91330782MA2DFE301FYW001")]
    [InlineData("91330782MA2DFE3010-YW001")]
    [InlineData("91330782MA2DFE301F-YW-001")]
    public void Malformed_ids_are_rejected_with_a_reason(string? input)
    {
        Assert.False(EnterpriseId.TryParse(input, out _, out var error));
        Assert.False(string.IsNullOrWhiteSpace(error));
        Assert.Contains("(", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructed_id_prints_canonically()
    {
        var id = new EnterpriseId(SocialCreditCode.Parse(Uscc), OutletCode.Parse("YW9"));
        Assert.Equal(Uscc + "-YW9", id.ToString());
    }
}
