using ComplianceHub.Domain.People;

namespace ComplianceHub.Domain.Tests.People;

public sealed class TrainingSessionValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(8));

    private static readonly TrainingSession Good = new("T-2026-11", new DateOnly(2026, 11, 20), 2.5m, "个人信息保护与面单安全", ["S1", "S2"]);

    [Fact]
    public void A_good_session_passes_with_and_without_a_roster()
    {
        Assert.Empty(TrainingSessionValidator.Validate(Good, Now));
        Assert.Empty(TrainingSessionValidator.Validate(Good, Now, Staff.Roster(Staff.Member("S1"), Staff.Member("S2"))));
    }

    [Fact]
    public void Attendees_not_on_the_roster_and_duplicates_are_named_by_index()
    {
        var session = Good with { StaffIds = ["S1", "S1", "GHOST"] };

        var errors = TrainingSessionValidator.Validate(session, Now, Staff.Roster(Staff.Member("S1")));

        Assert.Equal(["staffIds[1]", "staffIds[2]"], errors.Select(e => e.Field));
    }

    [Fact]
    public void Bad_scalars_are_each_named()
    {
        var session = new TrainingSession("", new DateOnly(2026, 12, 1), 0m, "", []);

        var fields = TrainingSessionValidator.Validate(session, Now).Select(e => e.Field).Order(StringComparer.Ordinal);

        Assert.Equal(["batchId", "heldOn", "hours", "staffIds", "topic"], fields);
    }
}
