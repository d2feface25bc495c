using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.Compliance.Figures;
using ComplianceHub.Domain.People;
using ComplianceHub.Domain.Tests.People;
using static ComplianceHub.Domain.Tests.Compliance.Snapshots;

namespace ComplianceHub.Domain.Tests.Compliance.Figures;

/// <summary>The figures beside the findings are counts of the same lists the rules judge, so they never disagree.</summary>
public sealed class StaffCoverageTests
{
    private static long CountOf(IReadOnlyList<Finding> findings, string ruleId) => findings.Where(f => f.RuleId == ruleId).Sum(f => f.Count);

    [Fact]
    public void A_new_joiner_inside_the_grace_is_neither_trained_nor_overdue()
    {
        var snapshot = Clean()
            .WithStaff(Staff.Member("NEW") with { JoinedOn = new DateOnly(2026, 11, 10) })
            .WithStaff(Staff.Member("LATE") with { JoinedOn = new DateOnly(2026, 9, 1) });

        var staff = StaffCoverage.Of(snapshot, RulebookOptions.Default);
        var findings = Rulebook.Evaluate(snapshot);

        Assert.Equal((5, 3, 1, 1), (staff.HandlingPersonalInfo, staff.TrainedInWindow, staff.InTrainingGrace, staff.TrainingOverdue));
        Assert.Equal(staff.TrainingOverdue, CountOf(findings, "STAFF-TRAINING-12M"));
        Assert.Equal(staff.HandlingPersonalInfo, staff.TrainedInWindow + staff.InTrainingGrace + staff.TrainingOverdue);
    }

    [Fact]
    public void A_departed_account_inside_its_24_hours_is_not_counted_open_until_the_rule_finds_it()
    {
        // Left on 11-22: departed at 11-23 00:00 China time; at 15:00 the account is 15 h open, inside the 24 h.
        var snapshot = Clean().WithStaff(Staff.Member("GONE") with { Account = "acc-9", LeftOn = new DateOnly(2026, 11, 22) });
        var later = snapshot with { Now = China(2026, 11, 24, 1) };

        Assert.Equal(0, StaffCoverage.Of(snapshot, RulebookOptions.Default).DepartedAccountsOpen);
        Assert.Equal(0, CountOf(Rulebook.Evaluate(snapshot), "ACCOUNT-DEPARTED-OPEN"));
        Assert.Equal(1, StaffCoverage.Of(later, RulebookOptions.Default).DepartedAccountsOpen);
        Assert.Equal(1, CountOf(Rulebook.Evaluate(later), "ACCOUNT-DEPARTED-OPEN"));
    }

    [Fact]
    public void Missing_agreements_counted_beside_the_finding_equal_its_count()
    {
        var snapshot = Clean().WithStaff(Staff.Member("NONE") with { Nda = null });

        var staff = StaffCoverage.Of(snapshot, RulebookOptions.Default);

        Assert.Equal(1, staff.LackingNda);
        Assert.Equal(staff.LackingNda, CountOf(Rulebook.Evaluate(snapshot), "STAFF-NDA"));
    }

    [Theory]
    [InlineData("2024-02-29", "2026-02-28", "2026-02-28", false)]
    [InlineData("2024-02-29", "2026-02-28", "2026-03-01", true)]
    public void The_audit_due_day_is_the_rules_calendar(string last, string due, string today, bool overdue)
    {
        var lastOn = DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture);
        var todayOn = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture);
        var scale = new ScaleProfile(20_000_000, lastOn, null, false);
        var snapshot = Clean() with { Scale = scale, Now = new DateTimeOffset(todayOn.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(8)) };

        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), ComplianceAuditSchedule.DueBy(scale, RulebookOptions.Default));
        Assert.Equal(overdue, ComplianceAuditSchedule.IsOverdue(scale, snapshot.Now, RulebookOptions.Default));
        Assert.Equal(overdue, Rulebook.Evaluate(snapshot).Any(f => f.RuleId == "SCALE-COMPLIANCE-AUDIT"));
    }
}
