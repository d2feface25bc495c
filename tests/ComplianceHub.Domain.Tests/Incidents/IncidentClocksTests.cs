using ComplianceHub.Domain.Incidents;

namespace ComplianceHub.Domain.Tests.Incidents;

public sealed class IncidentClocksTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 0, 0, TimeSpan.FromHours(8));

    private static readonly Incident MajorLeak5HoursAgo = new("INC-1", IncidentKind.Leak, IncidentGrade.Major, Now.AddHours(-5), RecordsAffected: 8614);

    private static IncidentClockEvaluation Clock(IEnumerable<IncidentClockEvaluation> clocks, IncidentClock clock) => Assert.Single(clocks, c => c.Clock == clock);

    [Fact]
    public void A_major_leak_detected_5h_ago_and_not_reported_to_the_cac_is_open_and_1h_overdue()
    {
        var cac = Clock(IncidentClocks.Evaluate(MajorLeak5HoursAgo, false, Now, IncidentClockOptions.Default), IncidentClock.Cac);

        Assert.Equal(IncidentClockStatus.OpenOverdue, cac.Status);
        Assert.Equal(TimeSpan.FromHours(1), cac.Late);
        Assert.Equal(MajorLeak5HoursAgo.DetectedAt.AddHours(4), cac.Deadline);
    }

    [Fact]
    public void Reporting_late_closes_the_open_clock_and_keeps_how_late_it_was()
    {
        var reported = MajorLeak5HoursAgo with { ReportedToCacAt = Now.AddMinutes(-30) };

        var cac = Clock(IncidentClocks.Evaluate(reported, false, Now.AddDays(3), IncidentClockOptions.Default), IncidentClock.Cac);

        Assert.Equal(IncidentClockStatus.ReportedLate, cac.Status);
        Assert.Equal(TimeSpan.FromMinutes(30), cac.Late);
        Assert.True(cac.IsBreach);
    }

    [Fact]
    public void Critical_infrastructure_shortens_the_cac_clock_to_one_hour()
    {
        var detected = MajorLeak5HoursAgo with { DetectedAt = Now.AddMinutes(-90) };

        Assert.Equal(IncidentClockStatus.OpenWithinDeadline, Clock(IncidentClocks.Evaluate(detected, false, Now, IncidentClockOptions.Default), IncidentClock.Cac).Status);
        var cac = Clock(IncidentClocks.Evaluate(detected, true, Now, IncidentClockOptions.Default), IncidentClock.Cac);
        Assert.Equal((IncidentClockStatus.OpenOverdue, TimeSpan.FromMinutes(30)), (cac.Status, cac.Late));
    }

    [Fact]
    public void A_general_incident_has_no_cac_clock_and_one_without_records_no_individuals_clock()
    {
        var trojan = new Incident("INC-2", IncidentKind.Trojan, IncidentGrade.General, Now.AddHours(-1), RecordsAffected: 0);

        var clocks = IncidentClocks.Evaluate(trojan, false, Now, IncidentClockOptions.Default);

        var postal = Assert.Single(clocks);
        Assert.Equal((IncidentClock.Postal, IncidentClockStatus.OpenWithinDeadline, TimeSpan.FromHours(23)), (postal.Clock, postal.Status, postal.Remaining));
    }

    [Fact]
    public void Reporting_exactly_at_the_deadline_is_on_time()
    {
        var onTheDot = MajorLeak5HoursAgo with { ReportedToCacAt = MajorLeak5HoursAgo.DetectedAt.AddHours(4) };

        Assert.Equal(IncidentClockStatus.MetOnTime, Clock(IncidentClocks.Evaluate(onTheDot, false, Now, IncidentClockOptions.Default), IncidentClock.Cac).Status);
    }

    [Fact]
    public void The_deadlines_are_configuration()
    {
        var options = IncidentClockOptions.Default with { CacDeadline = TimeSpan.FromHours(6), PostalDeadline = TimeSpan.FromHours(2), CacMinimumGrade = IncidentGrade.Serious };
        var clocks = IncidentClocks.Evaluate(MajorLeak5HoursAgo, false, Now, options);

        Assert.DoesNotContain(clocks, c => c.Clock == IncidentClock.Cac);
        Assert.Equal(IncidentClockStatus.OpenOverdue, Clock(clocks, IncidentClock.Postal).Status);
        Assert.Equal(
            IncidentClockStatus.OpenWithinDeadline,
            Clock(IncidentClocks.Evaluate(MajorLeak5HoursAgo with { Grade = IncidentGrade.Critical }, false, Now, options), IncidentClock.Cac).Status);
    }

    [Theory]
    [InlineData("较大", IncidentGrade.Major)]
    [InlineData("特别重大", IncidentGrade.Critical)]
    [InlineData("Serious", IncidentGrade.Serious)]
    public void Grades_parse_from_chinese_or_wire_names(string text, IncidentGrade expected)
    {
        Assert.True(IncidentGrades.TryParse(text, out var grade));
        Assert.Equal(expected, grade);
        Assert.False(IncidentGrades.TryParse("严重", out _));
    }

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
