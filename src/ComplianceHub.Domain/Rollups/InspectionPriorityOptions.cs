namespace ComplianceHub.Domain.Rollups;

/// <summary>
/// How the inspection plan weighs risk (configuration section <c>InspectionPlan</c>). Points add up to an
/// enterprise's priority; a regulator's change of emphasis is configuration, not code.
/// </summary>
public sealed record InspectionPriorityOptions
{
    public const string SectionName = "InspectionPlan";

    public static InspectionPriorityOptions Default { get; } = new();

    /// <summary>Points per score point below 100: the score already carries every open finding's weight.</summary>
    public double PerScorePointLost { get; init; } = 1.0;

    /// <summary>Points per overdue rectification order: an order ignored is the strongest reason to go back.</summary>
    public double PerOverdueOrder { get; init; } = 15;

    /// <summary>Points for an enterprise never inspected.</summary>
    public double NeverInspected { get; init; } = 20;

    /// <summary>Points per day since the last inspection, up to <see cref="SinceInspectionCap"/>.</summary>
    public double PerDaySinceInspection { get; init; } = 0.05;

    public double SinceInspectionCap { get; init; } = 20;

    /// <summary>An incident detected within this many days counts as recent.</summary>
    public int RecentIncidentDays { get; init; } = 30;

    public double RecentIncident { get; init; } = 15;

    /// <summary>Points per this many waybills printed in the label window, up to <see cref="VolumeCap"/>: more labels, more exposure.</summary>
    public long WaybillsPerVolumePoint { get; init; } = 10_000;

    public double VolumeCap { get; init; } = 15;

    /// <summary>The field paths of every out-of-range weight; empty when the options make sense.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (PerScorePointLost < 0) problems.Add(nameof(PerScorePointLost));
        if (PerOverdueOrder < 0) problems.Add(nameof(PerOverdueOrder));
        if (NeverInspected < 0) problems.Add(nameof(NeverInspected));
        if (PerDaySinceInspection < 0) problems.Add(nameof(PerDaySinceInspection));
        if (SinceInspectionCap < 0) problems.Add(nameof(SinceInspectionCap));
        if (RecentIncidentDays < 0) problems.Add(nameof(RecentIncidentDays));
        if (RecentIncident < 0) problems.Add(nameof(RecentIncident));
        if (WaybillsPerVolumePoint <= 0) problems.Add(nameof(WaybillsPerVolumePoint));
        if (VolumeCap < 0) problems.Add(nameof(VolumeCap));
        return problems;
    }
}
