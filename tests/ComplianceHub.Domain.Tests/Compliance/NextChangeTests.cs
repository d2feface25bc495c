using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.Incidents;
using ComplianceHub.Domain.People;
using ComplianceHub.Domain.Tests.People;
using static ComplianceHub.Domain.Tests.Compliance.Snapshots;

namespace ComplianceHub.Domain.Tests.Compliance;

/// <summary>
/// Each rule names when its verdict next changes on the clock alone, and the rulebook takes the earliest. Every case
/// checks the instant both ways: the findings a tick before it are today's, and at it they differ.
/// </summary>
public sealed class NextChangeTests
{
    private static readonly RulebookOptions Options = RulebookOptions.Default;

    public static TheoryData<string> Cases => new() { "clean", "nda", "training", "departed", "incident", "audit" };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_verdict_holds_until_the_named_instant_and_changes_at_it(string name)
    {
        var (snapshot, expected) = Case(name);

        var next = Rulebook.NextChange(snapshot, Options);

        Assert.Equal(expected, next);
        Assert.Equal(Verdict(snapshot), Verdict(snapshot with { Now = next!.Value.AddTicks(-1) }));
        Assert.NotEqual(Verdict(snapshot), Verdict(snapshot with { Now = next.Value }));
    }

    [Fact]
    public void The_label_window_moving_on_is_a_change()
    {
        // The grain sums the window as of now, so the snapshot carries when its oldest day leaves it.
        var snapshot = Clean() with { Labels = Clean().Labels! with { ChangesAt = China(2026, 11, 24, 0) } };

        Assert.Equal(China(2026, 11, 24, 0), Rulebook.NextChange(snapshot, Options));
    }

    [Fact]
    public void Without_anything_on_a_clock_there_is_no_wake_up()
    {
        var quiet = Clean() with { Trainings = [], Roster = Staff.Roster(Staff.Member("S1") with { HandlesPersonalInfo = false }) };

        Assert.Null(Rulebook.NextChange(quiet, Options));
    }

    private static (EnterpriseSnapshot Snapshot, DateTimeOffset Expected) Case(string name)
    {
        var clean = Clean();
        return name switch
        {
            // Trained 2026-10-15, a 12-month window: due from 00:00 on 2027-10-16.
            "clean" => (clean, China(2027, 10, 16, 0)),
            "nda" => (clean with { Roster = Staff.Roster(Staff.Member("S1") with { Nda = new Nda(Staff.Joined, new DateOnly(2026, 12, 1)) }, Staff.Member("S2")) },
                China(2026, 12, 2, 0)),
            "training" => (clean with { Roster = Staff.Roster(Staff.Member("S1"), Staff.Member("S9") with { JoinedOn = new DateOnly(2026, 11, 20) }) },
                China(2026, 11, 20, 0) + Options.NewJoinerTrainingGrace),
            "departed" => (clean.WithStaff(Staff.Member("S7") with { LeftOn = new DateOnly(2026, 11, 22) }), China(2026, 11, 23, 0) + Options.DepartedAccountGrace),
            "incident" => (clean.WithIncident(new Incident("INC-1", IncidentKind.Leak, IncidentGrade.Yiban, Now.AddHours(-2), 10)),
                // Overdue only once past the deadline: the first instant after it.
                (Now.AddHours(-2) + Options.Incidents.PostalDeadline).AddTicks(1)),
            _ => (clean with { Scale = new ScaleProfile(12_000_000, new DateOnly(2025, 6, 30), new DateOnly(2025, 9, 1), false) },
                China(2027, 7, 1, 0)),
        };
    }

    private static string Verdict(EnterpriseSnapshot snapshot) =>
        string.Join("|", Rulebook.Evaluate(snapshot, Options).Select(f => $"{f.RuleId}/{f.Subject}/{f.Condition}/{f.Severity}"));
}
