using ComplianceHub.Domain.People;

namespace ComplianceHub.Domain.Compliance.Figures;

/// <summary>
/// Head counts of the staff duties at one instant, counted from <see cref="StaffDuties"/> (the lists the rules judge):
/// <c>TrainedInWindow + InTrainingGrace + TrainingOverdue == HandlingPersonalInfo</c>, and <see cref="TrainingOverdue"/>,
/// <see cref="HandlingPersonalInfo"/> − <see cref="WithNdaInForce"/> and <see cref="DepartedAccountsOpen"/> equal the
/// counts of the matching findings. People are counted, never named.
/// </summary>
/// <param name="Active">Everyone on the roster now.</param>
/// <param name="HandlingPersonalInfo">Of those, handling personal information (L3 binds them).</param>
/// <param name="WithNdaInForce">Of those, with a confidentiality agreement in force today.</param>
/// <param name="TrainedInWindow">Of those, who attended a training within the window (12 months by default).</param>
/// <param name="InTrainingGrace">Of those, not trained yet but inside the new joiner's grace: not overdue.</param>
/// <param name="TrainingOverdue">Of those, overdue for training (what the training finding counts).</param>
/// <param name="DepartedAccountsOpen">Departed staff whose account is still open past the grace (24 h by default).</param>
public sealed record StaffCoverage(
    int Active,
    int HandlingPersonalInfo,
    int WithNdaInForce,
    int TrainedInWindow,
    int InTrainingGrace,
    int TrainingOverdue,
    int DepartedAccountsOpen)
{
    public static StaffCoverage None { get; } = new(0, 0, 0, 0, 0, 0, 0);

    /// <summary>Of the L3 population, those without an agreement in force (what the NDA finding counts).</summary>
    public int LackingNda => HandlingPersonalInfo - WithNdaInForce;

    public static StaffCoverage Of(StaffRoster roster, IEnumerable<TrainingSession> trainings, DateTimeOffset now, RulebookOptions options)
    {
        ArgumentNullException.ThrowIfNull(roster);
        var handling = StaffDuties.HandlingPersonalInfo(roster, now).Count();
        var training = StaffDuties.Training(roster, trainings, now, options);
        return new StaffCoverage(
            roster.ActiveAt(now).Count(),
            handling,
            handling - StaffDuties.LackingNda(roster, now).Count(),
            training.Count(t => t.Standing == TrainingStanding.Trained),
            training.Count(t => t.Standing == TrainingStanding.InNewJoinerGrace),
            training.Count(t => t.Standing == TrainingStanding.Overdue),
            StaffDuties.DepartedAccountsOpen(roster, now, options).Count());
    }

    public static StaffCoverage Of(EnterpriseSnapshot snapshot, RulebookOptions options)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return Of(snapshot.Roster, snapshot.Trainings, snapshot.Now, options);
    }
}
