using ComplianceHub.Domain.Access;
using ComplianceHub.Domain.Enterprises;
using ComplianceHub.Domain.Incidents;
using ComplianceHub.Domain.People;

namespace ComplianceHub.Domain.Compliance;

/// <summary>
/// Everything the rulebook reads about one enterprise at one moment. The grain assembles it from its state;
/// the rules see nothing else, so the same snapshot always yields the same findings.
/// </summary>
/// <param name="OwnOutletCode">The enterprise's outlet code; null when it is not an outlet.</param>
/// <param name="Labels">Label figures over the recent window; null before any batch arrived.</param>
/// <param name="Now">The evaluation moment: every clock and window is measured from it.</param>
/// <param name="Kind">What the enterprise is registered as: a rule that does not bind its kind is not evaluated (null: every rule).</param>
/// <param name="LabelsReportedSince">Since when no label data covers the enterprise's days: the end of the newest day it sent
/// labels for, or (none yet) its registration; null when unknown, which the reporting-gap rule reads as nothing to judge.</param>
public sealed record EnterpriseSnapshot(
    ScaleProfile Scale,
    string? OwnOutletCode,
    LabelSummary? Labels,
    StaffRoster Roster,
    IReadOnlyList<TrainingSession> Trainings,
    AccessSummary Access,
    IReadOnlyList<Incident> Incidents,
    EvidenceRefs Evidence,
    DateTimeOffset Now,
    EnterpriseKind? Kind = null,
    DateTimeOffset? LabelsReportedSince = null)
{
    /// <summary>An enterprise the hub knows nothing about yet: no data, so no findings.</summary>
    public static EnterpriseSnapshot Empty(DateTimeOffset now) =>
        new(ScaleProfile.None, null, null, StaffRoster.Empty, [], AccessSummary.Empty, [], EvidenceRefs.None, now);
}
