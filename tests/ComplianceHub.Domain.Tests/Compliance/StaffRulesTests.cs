using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.People;
using ComplianceHub.Domain.Tests.People;
using static ComplianceHub.Domain.Tests.Compliance.Snapshots;

namespace ComplianceHub.Domain.Tests.Compliance;

public sealed class StaffRulesTests
{
    private static Finding? Only(EnterpriseSnapshot snapshot, string ruleId) =>
        Rulebook.Evaluate(snapshot).SingleOrDefault(f => f.RuleId == ruleId);

    [Fact]
    public void Nda_finding_counts_missing_and_expired_agreements_of_active_staff_who_handle_information()
    {
        var snapshot = Clean()
            .WithStaff(Staff.Member("NONE") with { Nda = null, Crowdsourced = true })
            .WithStaff(Staff.Member("EXPIRED") with { Nda = new Nda(new DateOnly(2024, 3, 1), new DateOnly(2026, 10, 31)) })
            .WithStaff(Staff.Member("BACKOFFICE") with { Nda = null, HandlesPersonalInfo = false })
            .WithStaff(Staff.Member("GONE") with { Nda = null, LeftOn = new DateOnly(2026, 11, 1), AccountClosedAt = China(2026, 11, 1, 18) });

        var finding = Only(snapshot, "STAFF-NDA")!;

        Assert.Equal(2, finding.Count);
        Assert.Contains("NONE, EXPIRED", finding.Summary, StringComparison.Ordinal);
        Assert.Equal(China(2024, 3, 1, 0), finding.Since);
    }

    [Fact]
    public void Nda_gap_of_an_expired_agreement_starts_the_day_after_expiry()
    {
        var snapshot = Clean().WithStaff(Staff.Member("EXPIRED") with { Nda = new Nda(new DateOnly(2024, 3, 1), new DateOnly(2026, 10, 31)) });

        Assert.Equal(China(2026, 11, 1, 0), Only(snapshot, "STAFF-NDA")!.Since);
    }

    [Fact]
    public void Long_id_lists_are_cut_but_the_count_is_complete()
    {
        var snapshot = Clean();
        for (var i = 0; i < 30; i++)
        {
            snapshot = snapshot.WithStaff(Staff.Member($"X{i:00}") with { Nda = null });
        }

        var finding = Only(snapshot, "STAFF-NDA")!;

        Assert.Equal(30, finding.Count);
        Assert.Contains("X19, …", finding.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("X20", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_joiner_has_the_grace_period_for_a_first_training()
    {
        var recent = Clean().WithStaff(Staff.Member("NEW") with { JoinedOn = new DateOnly(2026, 11, 1) });
        var overdue = Clean().WithStaff(Staff.Member("NEW") with { JoinedOn = new DateOnly(2026, 10, 1) });

        Assert.Null(Only(recent, "STAFF-TRAINING-12M"));
        var finding = Only(overdue, "STAFF-TRAINING-12M")!;
        Assert.Equal(1, finding.Count);
        Assert.Equal(China(2026, 10, 31, 0), finding.Since);
    }

    [Fact]
    public void Training_thirteen_months_ago_is_due_again_from_the_day_after_its_anniversary()
    {
        var snapshot = Clean() with { Trainings = [new("T-0", new DateOnly(2025, 10, 20), 2m, "面单信息保护", ["S1", "S2", "S3"])] };

        var finding = Only(snapshot, "STAFF-TRAINING-12M")!;

        Assert.Equal(3, finding.Count);
        Assert.Equal(China(2026, 10, 21, 0), finding.Since);
    }

    [Fact]
    public void Departed_account_within_grace_closed_in_time_or_reassigned_is_no_finding()
    {
        var withinGrace = Clean().WithStaff(Staff.Member("S9", "A9") with { LeftOn = new DateOnly(2026, 11, 22) });
        var closed = Clean().WithStaff(Staff.Member("S9", "A9") with { LeftOn = new DateOnly(2026, 11, 1), AccountClosedAt = China(2026, 11, 2, 10) });
        var reassigned = Clean()
            .WithStaff(Staff.Member("S9", "A9") with { LeftOn = new DateOnly(2026, 11, 1) })
            .WithStaff(Staff.Member("S10", "A9") with { JoinedOn = new DateOnly(2026, 11, 2) });

        Assert.Null(Only(withinGrace, "ACCOUNT-DEPARTED-OPEN"));
        Assert.Null(Only(closed, "ACCOUNT-DEPARTED-OPEN"));
        Assert.Null(Only(reassigned, "ACCOUNT-DEPARTED-OPEN"));
    }

    [Fact]
    public void Each_departed_open_account_is_its_own_finding()
    {
        var snapshot = Clean()
            .WithStaff(Staff.Member("S8") with { LeftOn = new DateOnly(2026, 11, 1) })
            .WithStaff(Staff.Member("S9") with { LeftOn = new DateOnly(2026, 11, 2) });

        var findings = Rulebook.Evaluate(snapshot).Where(f => f.RuleId == "ACCOUNT-DEPARTED-OPEN");

        Assert.Equal(["S8", "S9"], findings.Select(f => f.Subject));
    }
}
