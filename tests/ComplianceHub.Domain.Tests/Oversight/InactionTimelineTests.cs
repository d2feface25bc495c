using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.Evidence;
using ComplianceHub.Domain.Inspections;
using ComplianceHub.Domain.Oversight;
using Xunit;

namespace ComplianceHub.Domain.Tests.Oversight;

/// <summary>The gap between a problem becoming visible to the division and the regulator's first inspection step.</summary>
public sealed class InactionTimelineTests
{
    private static readonly DateTimeOffset Opened = new(2026, 3, 1, 2, 0, 0, TimeSpan.Zero);

    private static FindingRecord Record(FindingSeverity severity, DateTimeOffset? cleared = null) =>
        new("WAYBILL-MASK-COVERAGE||below", new Finding("WAYBILL-MASK-COVERAGE", null, "below", severity, "s", [2], null, null, 1),
            [new FindingPeriod(Opened, cleared)]);

    [Fact]
    public void Only_reads_and_inspection_steps_after_the_finding_count_and_the_gap_runs_to_the_first_step()
    {
        var events = new List<OversightEvent>
        {
            new(Opened.AddDays(-5), EvidenceKinds.InspectionOpened, 1, "regulator.postal:a"),
            new(Opened.AddDays(2), EvidenceKinds.EvidenceRead, 3, "prosecutor:p"),
            new(Opened.AddDays(3), EvidenceKinds.EvidenceRead, 4, "regulator.postal:a"),
            new(Opened.AddDays(10.5), EvidenceKinds.InspectionOpened, 5, "regulator.postal:a"),
        };

        var item = Assert.Single(InactionTimeline.Build([Record(FindingSeverity.High)], InspectionLedger.Empty, events, Opened.AddDays(30)));

        Assert.Equal(4, item.FirstRead!.Seq);
        Assert.Equal(5, Assert.Single(item.Actions).Seq);
        Assert.Equal(10.5, item.DaysWithoutAction);
        Assert.False(item.StillWithoutAction);
    }

    [Fact]
    public void Without_any_step_the_gap_runs_to_now_or_to_when_the_finding_cleared_and_lesser_findings_are_left_out()
    {
        var open = Assert.Single(InactionTimeline.Build([Record(FindingSeverity.High)], InspectionLedger.Empty, [], Opened.AddDays(40)));
        var cleared = Assert.Single(InactionTimeline.Build([Record(FindingSeverity.High, Opened.AddDays(6))], InspectionLedger.Empty, [], Opened.AddDays(40)));

        Assert.Equal(40, open.DaysWithoutAction);
        Assert.True(open.StillWithoutAction);
        Assert.Equal(6, cleared.DaysWithoutAction);
        Assert.False(cleared.StillWithoutAction);
        Assert.Empty(InactionTimeline.Build([Record(FindingSeverity.Medium)], InspectionLedger.Empty, [], Opened.AddDays(40)));
    }
}
