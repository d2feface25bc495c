using ComplianceHub.Domain.People;

namespace ComplianceHub.Domain.Tests.People;

public sealed class RosterDiffTests
{
    [Fact]
    public void First_roster_makes_everyone_a_join_and_reports_their_signed_ndas()
    {
        var current = Staff.Roster(Staff.Member("S1"), Staff.Member("S2") with { Nda = null });

        var changes = RosterDiff.Between(StaffRoster.Empty, current);

        Assert.Equal(["S1", "S2"], changes.Joins.Select(s => s.StaffId));
        Assert.Equal("S1", Assert.Single(changes.NdaChanges).StaffId);
        Assert.Empty(changes.Departures);
        Assert.Empty(changes.Removed);
    }

    [Fact]
    public void Same_roster_twice_changes_nothing()
    {
        var roster = Staff.Roster(Staff.Member("S1"), Staff.Member("S2"));

        Assert.True(RosterDiff.Between(roster, roster with { AsOf = roster.AsOf.AddDays(1) }).IsEmpty);
    }

    [Fact]
    public void Joins_departures_returns_removals_nda_changes_and_closures_are_told_apart()
    {
        var signed = new Nda(new DateOnly(2024, 3, 1), new DateOnly(2025, 3, 1));
        var previous = Staff.Roster(
            Staff.Member("KEEP"),
            Staff.Member("LEAVES"),
            Staff.Member("BACK") with { LeftOn = new DateOnly(2025, 1, 1) },
            Staff.Member("DROPPED"),
            Staff.Member("RENEWS") with { Nda = signed });
        var current = Staff.Roster(
            Staff.Member("KEEP"),
            Staff.Member("LEAVES") with { LeftOn = new DateOnly(2026, 10, 31), AccountClosedAt = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.FromHours(8)) },
            Staff.Member("BACK"),
            Staff.Member("RENEWS") with { Nda = signed with { ExpiresOn = new DateOnly(2027, 3, 1) } },
            Staff.Member("NEW") with { Nda = null });

        var changes = RosterDiff.Between(previous, current);

        Assert.Equal(["NEW"], changes.Joins.Select(s => s.StaffId));
        Assert.Equal(["LEAVES"], changes.Departures.Select(s => s.StaffId));
        Assert.Equal(["BACK"], changes.Returns.Select(s => s.StaffId));
        Assert.Equal(["DROPPED"], changes.Removed.Select(s => s.StaffId));
        Assert.Equal(["LEAVES"], changes.AccountsClosed.Select(s => s.StaffId));
        var nda = Assert.Single(changes.NdaChanges);
        Assert.Equal(("RENEWS", new DateOnly(2025, 3, 1), new DateOnly(2027, 3, 1)), (nda.StaffId, nda.Before!.ExpiresOn, nda.After!.ExpiresOn));
        Assert.False(changes.IsEmpty);
    }

    [Fact]
    public void A_new_row_that_has_already_left_is_both_a_join_and_a_departure()
    {
        var current = Staff.Roster(Staff.Member("S9") with { LeftOn = new DateOnly(2026, 1, 31) });

        var changes = RosterDiff.Between(StaffRoster.Empty, current);

        Assert.Equal("S9", Assert.Single(changes.Joins).StaffId);
        Assert.Equal("S9", Assert.Single(changes.Departures).StaffId);
    }

    [Fact]
    public void Withdrawn_nda_is_a_change_to_nothing()
    {
        var previous = Staff.Roster(Staff.Member("S1"));
        var current = Staff.Roster(Staff.Member("S1") with { Nda = null });

        var change = Assert.Single(RosterDiff.Between(previous, current).NdaChanges);

        Assert.NotNull(change.Before);
        Assert.Null(change.After);
    }
}
