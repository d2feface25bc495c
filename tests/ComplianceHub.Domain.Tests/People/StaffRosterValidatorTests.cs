using ComplianceHub.Domain.People;
using ComplianceHub.Domain.Validation;

namespace ComplianceHub.Domain.Tests.People;

public sealed class StaffRosterValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void A_clean_roster_has_no_errors()
    {
        Assert.Empty(StaffRosterValidator.Validate([Staff.Member("S1"), Staff.Member("S2")], Now));
    }

    [Fact]
    public void Left_before_joined_names_the_row_and_field()
    {
        StaffMember?[] staff = [Staff.Member("S0"), Staff.Member("S1"), Staff.Member("S2"), Staff.Member("S3") with { LeftOn = new DateOnly(2024, 2, 1) }];

        var error = Assert.Single(StaffRosterValidator.Validate(staff, Now));

        Assert.Equal("staff[3].leftOn", error.Field);
        Assert.Contains("早于入职日期", error.Message, StringComparison.Ordinal);
        Assert.Contains("left before joined", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_staff_id_points_at_the_second_row_and_names_the_first()
    {
        var error = Assert.Single(StaffRosterValidator.Validate([Staff.Member("S1"), Staff.Member("S2"), Staff.Member("S1")], Now));

        Assert.Equal("staff[2].staffId", error.Field);
        Assert.Contains("staff[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_after_today_china_time_are_rejected_but_the_skew_forgives_a_client_just_past_midnight()
    {
        var justBeforeMidnight = new DateTimeOffset(2026, 11, 23, 23, 58, 0, TimeSpan.FromHours(8));
        var tomorrow = new DateOnly(2026, 11, 24);

        Assert.Empty(StaffRosterValidator.Validate([Staff.Member("S1") with { JoinedOn = tomorrow }], justBeforeMidnight));
        var error = Assert.Single(StaffRosterValidator.Validate([Staff.Member("S1") with { JoinedOn = tomorrow }], Now));
        Assert.Equal("staff[0].joinedOn", error.Field);
    }

    [Fact]
    public void Account_closed_in_the_future_beyond_the_skew_is_rejected()
    {
        var fine = Staff.Member("S1") with { LeftOn = new DateOnly(2026, 11, 20), AccountClosedAt = Now.AddMinutes(4) };
        var future = fine with { AccountClosedAt = Now.AddMinutes(6) };

        Assert.Empty(StaffRosterValidator.Validate([fine], Now));
        Assert.Equal("staff[0].accountClosedAt", Assert.Single(StaffRosterValidator.Validate([future], Now)).Field);
        Assert.Empty(StaffRosterValidator.Validate([future], Now, new ValidationOptions { ClockSkew = TimeSpan.FromMinutes(10) }));
    }

    [Fact]
    public void Every_bad_field_of_a_row_is_reported_at_once()
    {
        var bad = new StaffMember(
            StaffId: "张三",
            Role: " ",
            Account: "has space",
            JoinedOn: new DateOnly(1980, 1, 1),
            LeftOn: null,
            AccountClosedAt: null,
            Nda: new Nda(new DateOnly(2027, 1, 1), new DateOnly(2026, 1, 1)),
            HandlesPersonalInfo: true,
            Crowdsourced: true);

        var fields = StaffRosterValidator.Validate([null, bad], Now).Select(e => e.Field).Order(StringComparer.Ordinal);

        Assert.Equal(
            ["staff[0]", "staff[1].account", "staff[1].joinedOn", "staff[1].nda.expiresOn", "staff[1].nda.signedOn", "staff[1].role", "staff[1].staffId"],
            fields);
    }

    [Fact]
    public void Every_message_carries_chinese_and_english()
    {
        var bad = Staff.Member("") with { LeftOn = new DateOnly(2020, 1, 1), Account = null, AccountClosedAt = Now };

        foreach (var error in StaffRosterValidator.Validate([bad], Now))
        {
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", error.Message);
            Assert.Matches(@"\([^)]*[a-z]{3,}[^)]*\)", error.Message);
        }
    }
}
