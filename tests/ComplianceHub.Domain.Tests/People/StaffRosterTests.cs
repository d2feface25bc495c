using ComplianceHub.Domain.People;

namespace ComplianceHub.Domain.Tests.People;

public sealed class StaffRosterTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public void Departure_takes_effect_at_the_end_of_the_last_working_day_china_time()
    {
        var member = Staff.Member("S1") with { LeftOn = new DateOnly(2026, 11, 20) };

        Assert.Equal(new DateTimeOffset(2026, 11, 21, 0, 0, 0, China), member.DepartedAt);
        Assert.True(member.IsActiveAt(new DateTimeOffset(2026, 11, 20, 23, 59, 0, China)));
        Assert.False(member.IsActiveAt(new DateTimeOffset(2026, 11, 21, 0, 0, 0, China)));
    }

    [Fact]
    public void Use_of_a_departed_holders_account_is_attributed_to_that_holder()
    {
        var roster = Staff.Roster(Staff.Member("S1", "A1") with { LeftOn = new DateOnly(2026, 11, 20) });

        Assert.Null(roster.DepartedHolderAt("A1", new DateTimeOffset(2026, 11, 20, 18, 0, 0, China)));
        Assert.Equal("S1", roster.DepartedHolderAt("A1", new DateTimeOffset(2026, 11, 22, 2, 0, 0, China))?.StaffId);
        Assert.Null(roster.DepartedHolderAt("UNKNOWN", new DateTimeOffset(2026, 11, 22, 2, 0, 0, China)));
    }

    [Fact]
    public void A_reassigned_account_used_by_its_new_active_holder_is_not_use_after_departure()
    {
        var roster = Staff.Roster(
            Staff.Member("OLD", "A1") with { LeftOn = new DateOnly(2026, 6, 30) },
            Staff.Member("NEW", "A1") with { JoinedOn = new DateOnly(2026, 8, 1) });

        Assert.Null(roster.DepartedHolderAt("A1", new DateTimeOffset(2026, 9, 1, 10, 0, 0, China)));
        Assert.Equal("OLD", roster.DepartedHolderAt("A1", new DateTimeOffset(2026, 7, 15, 10, 0, 0, China))?.StaffId);
    }

    [Theory]
    [InlineData("2026-01-01", null, "2026-06-01", true)]
    [InlineData("2026-01-01", "2026-06-01", "2026-06-01", true)]
    [InlineData("2026-01-01", "2026-06-01", "2026-06-02", false)]
    [InlineData("2026-01-02", null, "2026-01-01", false)]
    public void Nda_is_in_force_from_signing_through_its_expiry_day(string signedOn, string? expires, string on, bool inForce)
    {
        var nda = new Nda(DateOnly.Parse(signedOn, System.Globalization.CultureInfo.InvariantCulture), expires is null ? null : DateOnly.Parse(expires, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(inForce, nda.IsInForceOn(DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
