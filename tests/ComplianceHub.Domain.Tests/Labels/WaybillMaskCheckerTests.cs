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

    [Fact]
    public void Null_fields_are_treated_as_empty() =>
        Assert.Equal(LabelViolations.None, WaybillMaskChecker.Check((string?)null, (string?)null, (string?)null));
}
