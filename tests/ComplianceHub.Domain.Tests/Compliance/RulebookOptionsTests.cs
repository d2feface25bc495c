using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.Incidents;
using ComplianceHub.Domain.Tests.People;
using static ComplianceHub.Domain.Tests.Compliance.Snapshots;

namespace ComplianceHub.Domain.Tests.Compliance;

/// <summary>Changing a threshold in configuration changes findings, with no code change.</summary>
public sealed class RulebookOptionsTests
{
    private static string[] RuleIds(EnterpriseSnapshot snapshot, RulebookOptions options) =>
        Rulebook.Evaluate(snapshot, options).Select(f => f.RuleId).ToArray();

    [Fact]
    public void Lowering_the_bulk_threshold_turns_an_ordinary_hour_into_a_bulk_finding()
    {
        var snapshot = Clean().WithAccess([Query("acc-S1", China(2026, 11, 21, 10), count: 300)], seq: 40);

        Assert.Empty(RuleIds(snapshot, RulebookOptions.Default));
        var stricter = RulebookOptions.Default with { Access = RulebookOptions.Default.Access with { BulkThresholdPerHour = 200 } };
        var bulk = Assert.Single(Rulebook.Evaluate(snapshot, stricter));
        Assert.Equal("ACCESS-BULK-QUERY", bulk.RuleId);
        Assert.Contains("每小时 200 份", bulk.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_longer_departed_account_grace_forgives_an_account_closed_late()
    {
        var snapshot = Clean().WithStaff(Staff.Member("S9") with { LeftOn = new DateOnly(2026, 11, 21) });

        Assert.Equal(["ACCOUNT-DEPARTED-OPEN"], RuleIds(snapshot, RulebookOptions.Default));
        Assert.Empty(RuleIds(snapshot, RulebookOptions.Default with { DepartedAccountGrace = TimeSpan.FromHours(48) }));
    }

    [Fact]
    public void A_lower_coverage_target_clears_a_coverage_finding()
    {
        var snapshot = Clean() with { Labels = Clean().Labels! with { CompliantSamples = 582 } };

        Assert.Equal(["WAYBILL-MASK-COVERAGE"], RuleIds(snapshot, RulebookOptions.Default));
        Assert.Empty(RuleIds(snapshot, RulebookOptions.Default with { CoverageTarget = 0.95 }));
    }

    [Fact]
    public void A_shorter_training_window_makes_last_months_training_too_old()
    {
        var snapshot = Clean() with { Trainings = [new("T-1", new DateOnly(2026, 8, 1), 2m, "面单信息保护", ["S1", "S2", "S3"])] };

        Assert.Empty(RuleIds(snapshot, RulebookOptions.Default));
        Assert.Equal(["STAFF-TRAINING-12M"], RuleIds(snapshot, RulebookOptions.Default with { TrainingWindowMonths = 3 }));
    }

    [Fact]
    public void A_longer_cac_deadline_turns_an_overdue_report_into_one_still_within_time()
    {
        var snapshot = Clean().WithIncident(new Incident("INC-1", IncidentKind.Leak, IncidentGrade.Jiaoda, Now.AddHours(-5), 10, ReportedToPostalAt: Now.AddHours(-4)));

        Assert.Equal(["INCIDENT-CAC-4H"], RuleIds(snapshot, RulebookOptions.Default));
        var relaxed = RulebookOptions.Default with { Incidents = IncidentClockOptions.Default with { CacDeadline = TimeSpan.FromHours(6) } };
        Assert.Empty(RuleIds(snapshot, relaxed));
    }

    [Fact]
    public void Scale_thresholds_are_configuration()
    {
        var snapshot = Clean() with { Scale = new ScaleProfile(600_000, null, null, false) };

        Assert.Empty(RuleIds(snapshot, RulebookOptions.Default));
        Assert.Equal(
            ["SCALE-COMPLIANCE-AUDIT", "SCALE-PROTECTION-OFFICER"],
            RuleIds(snapshot, RulebookOptions.Default with { ProtectionOfficerThreshold = 500_000, ComplianceAuditThreshold = 500_000 }).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_shorter_access_lookback_lets_old_detections_drop_out()
    {
        var snapshot = Clean().WithAccess([Query("acc-S1", China(2026, 10, 1, 2))], seq: 40);

        Assert.Equal(["ACCESS-NIGHT-QUERY"], RuleIds(snapshot, RulebookOptions.Default));
        Assert.Empty(RuleIds(snapshot, RulebookOptions.Default with { AccessLookback = TimeSpan.FromDays(30) }));
    }
}
