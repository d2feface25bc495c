using ComplianceHub.Domain.Incidents;

namespace ComplianceHub.Domain.Tests.Incidents;

public sealed class IncidentClocksTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 0, 0, TimeSpan.FromHours(8));

    private static readonly Incident MajorLeak5HoursAgo = new("INC-1", IncidentKind.Leak, IncidentGrade.Jiaoda, Now.AddHours(-5), RecordsAffected: 8614);

    private static IncidentClockEvaluation Clock(IEnumerable<IncidentClockEvaluation> clocks, IncidentClock clock) => Assert.Single(clocks, c => c.Clock == clock);

    [Fact]
    public void A_major_leak_detected_5h_ago_and_not_reported_to_the_cac_is_open_and_1h_overdue()
    {
        var cac = Clock(IncidentClocks.Evaluate(MajorLeak5HoursAgo, IncidentReportRoute.ProvincialCac, Now, IncidentClockOptions.Default), IncidentClock.CyberIncident);

        Assert.Equal(IncidentClockStatus.OpenOverdue, cac.Status);
        Assert.Equal(TimeSpan.FromHours(1), cac.Late);
        Assert.Equal(MajorLeak5HoursAgo.DetectedAt.AddHours(4), cac.Deadline);
    }

    [Fact]
    public void Reporting_late_closes_the_open_clock_and_keeps_how_late_it_was()
    {
        var reported = MajorLeak5HoursAgo with { ReportedToCacAt = Now.AddMinutes(-30) };

        var cac = Clock(IncidentClocks.Evaluate(reported, IncidentReportRoute.ProvincialCac, Now.AddDays(3), IncidentClockOptions.Default), IncidentClock.CyberIncident);

        Assert.Equal(IncidentClockStatus.ReportedLate, cac.Status);
        Assert.Equal(TimeSpan.FromMinutes(30), cac.Late);
        Assert.True(cac.IsBreach);
    }

    [Fact]
    public void Critical_infrastructure_shortens_the_cac_clock_to_one_hour()
    {
        var detected = MajorLeak5HoursAgo with { DetectedAt = Now.AddMinutes(-90) };

        Assert.Equal(IncidentClockStatus.OpenWithinDeadline, Clock(IncidentClocks.Evaluate(detected, IncidentReportRoute.ProvincialCac, Now, IncidentClockOptions.Default), IncidentClock.CyberIncident).Status);
        var cac = Clock(IncidentClocks.Evaluate(detected, IncidentReportRoute.CriticalInfrastructure, Now, IncidentClockOptions.Default), IncidentClock.CyberIncident);
        Assert.Equal((IncidentClockStatus.OpenOverdue, TimeSpan.FromMinutes(30)), (cac.Status, cac.Late));
    }

    [Fact]
    public void A_general_incident_has_no_cac_clock_and_one_without_records_no_individuals_clock()
    {
        var trojan = new Incident("INC-2", IncidentKind.Trojan, IncidentGrade.Yiban, Now.AddHours(-1), RecordsAffected: 0);

        var clocks = IncidentClocks.Evaluate(trojan, IncidentReportRoute.ProvincialCac, Now, IncidentClockOptions.Default);

        var postal = Assert.Single(clocks);
        Assert.Equal((IncidentClock.Postal, IncidentClockStatus.OpenWithinDeadline, TimeSpan.FromHours(23)), (postal.Clock, postal.Status, postal.Remaining));
    }

    [Fact]
    public void Reporting_exactly_at_the_deadline_is_on_time()
    {
        var onTheDot = MajorLeak5HoursAgo with { ReportedToCacAt = MajorLeak5HoursAgo.DetectedAt.AddHours(4) };

        Assert.Equal(IncidentClockStatus.MetOnTime, Clock(IncidentClocks.Evaluate(onTheDot, IncidentReportRoute.ProvincialCac, Now, IncidentClockOptions.Default), IncidentClock.CyberIncident).Status);
    }

    [Fact]
    public void The_deadlines_are_configuration()
    {
        var options = IncidentClockOptions.Default with { CacDeadline = TimeSpan.FromHours(6), PostalDeadline = TimeSpan.FromHours(2), CacMinimumGrade = IncidentGrade.Zhongda };
        var clocks = IncidentClocks.Evaluate(MajorLeak5HoursAgo, IncidentReportRoute.ProvincialCac, Now, options);

        Assert.DoesNotContain(clocks, c => c.Clock == IncidentClock.CyberIncident);
        Assert.Equal(IncidentClockStatus.OpenOverdue, Clock(clocks, IncidentClock.Postal).Status);
        Assert.Equal(
            IncidentClockStatus.OpenWithinDeadline,
            Clock(IncidentClocks.Evaluate(MajorLeak5HoursAgo with { Grade = IncidentGrade.TebieZhongda }, IncidentReportRoute.ProvincialCac, Now, options), IncidentClock.CyberIncident).Status);
    }

    [Theory]
    [InlineData("较大", IncidentGrade.Jiaoda)]
    [InlineData("特别重大", IncidentGrade.TebieZhongda)]
    [InlineData("Zhongda", IncidentGrade.Zhongda)]
    [InlineData("jiaoda", IncidentGrade.Jiaoda)]
    [InlineData("tebie-zhongda", IncidentGrade.TebieZhongda)]
    [InlineData("yiban", IncidentGrade.Yiban)]
    public void Grades_parse_from_chinese_or_wire_names(string text, IncidentGrade expected)
    {
        Assert.True(IncidentGrades.TryParse(text, out var grade));
        Assert.Equal(expected, grade);
    }

    [Theory]
    [InlineData("major")]
    [InlineData("general")]
    [InlineData("serious")]
    [InlineData("critical")]
    [InlineData("严重")]
    public void The_ambiguous_english_grade_names_are_refused(string text) =>
        Assert.False(IncidentGrades.TryParse(text, out _));

    [Theory]
    [InlineData(IncidentReportRoute.ProvincialCac, 4)]
    [InlineData(IncidentReportRoute.CriticalInfrastructure, 1)]
    [InlineData(IncidentReportRoute.CentralStateBody, 2)]
    public void Each_route_has_the_deadline_of_the_measures(IncidentReportRoute route, int hours)
    {
        var cac = Clock(IncidentClocks.Evaluate(MajorLeak5HoursAgo, route, Now, IncidentClockOptions.Default), IncidentClock.CyberIncident);

        Assert.Equal(MajorLeak5HoursAgo.DetectedAt.AddHours(hours), cac.Deadline);
    }

    [Theory]
    [InlineData(false, false, IncidentReportRoute.ProvincialCac, "属地省级网信部门")]
    [InlineData(true, false, IncidentReportRoute.CriticalInfrastructure, "保护工作部门和公安机关")]
    [InlineData(false, true, IncidentReportRoute.CentralStateBody, "本部门网信工作机构")]
    [InlineData(true, true, IncidentReportRoute.CriticalInfrastructure, "保护工作部门和公安机关")]
    public void The_route_and_its_recipients_follow_the_profile(bool criticalInfrastructure, bool stateBody, IncidentReportRoute expected, string recipients)
    {
        var route = IncidentReportRoutes.Of(criticalInfrastructure, stateBody);

        Assert.Equal(expected, route);
        Assert.Equal(recipients, IncidentReportRoutes.Recipients(route));
    }

    [Theory]
    [InlineData(999_999, null)]
    [InlineData(1_000_000, IncidentGrade.Jiaoda)]
    [InlineData(9_999_999, IncidentGrade.Jiaoda)]
    [InlineData(10_000_000, IncidentGrade.Zhongda)]
    [InlineData(100_000_000, IncidentGrade.TebieZhongda)]
    public void The_grading_guide_thresholds_include_the_number_itself(long records, IncidentGrade? expected) =>
        Assert.Equal(expected, IncidentGrading.FromRecords(records, IncidentClockOptions.Default));

    [Fact]
    public void A_leak_graded_yiban_by_the_enterprise_but_over_a_million_records_still_starts_the_network_incident_clock()
    {
        var understated = new Incident("INC-9", IncidentKind.Leak, IncidentGrade.Yiban, Now.AddHours(-5), RecordsAffected: 2_000_000);

        var cac = Clock(IncidentClocks.Evaluate(understated, IncidentReportRoute.ProvincialCac, Now, IncidentClockOptions.Default), IncidentClock.CyberIncident);

        Assert.Equal(IncidentGrade.Jiaoda, IncidentGrading.Effective(understated, IncidentClockOptions.Default));
        Assert.Equal(IncidentClockStatus.OpenOverdue, cac.Status);
    }

    [Fact]
    public void Without_the_postal_duty_there_is_no_postal_clock() =>
        Assert.DoesNotContain(
            IncidentClocks.Evaluate(MajorLeak5HoursAgo, IncidentReportRoute.ProvincialCac, Now, IncidentClockOptions.Default, postal: false),
            c => c.Clock == IncidentClock.Postal);

    [Fact]
    public void Kinds_round_trip_through_wire_names()
    {
        foreach (var kind in IncidentKinds.All)
        {
            Assert.True(IncidentKinds.TryParse(IncidentKinds.ToWireName(kind), out var parsed));
            Assert.Equal(kind, parsed);
        }

        Assert.True(IncidentKinds.TryParse("label-photography", out var photo));
        Assert.Equal(IncidentKind.LabelPhotography, photo);
    }
}
