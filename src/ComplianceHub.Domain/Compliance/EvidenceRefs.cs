namespace ComplianceHub.Domain.Compliance;

/// <summary>
/// Evidence-log seqs of the entries the snapshot's facts came from, so each finding can point at the entries
/// a regulator or court would check. Access tallies carry their own seqs.
/// </summary>
/// <param name="Profile">The entry that last set the profile (scale duties).</param>
/// <param name="Roster">The entry of the roster in force (staff and account rules).</param>
/// <param name="LabelBatches">Label batch entries inside the label window (coverage), or the latest few.</param>
/// <param name="FalseDeclarationBatches">Entries of the batches that were false declarations.</param>
/// <param name="Incidents">Latest entry per incidentId.</param>
/// <param name="Trainings">Entries of the training sessions considered (training rule).</param>
public sealed record EvidenceRefs(
    long? Profile,
    long? Roster,
    IReadOnlyList<long> LabelBatches,
    IReadOnlyList<long> FalseDeclarationBatches,
    IReadOnlyDictionary<string, long> Incidents,
    IReadOnlyList<long> Trainings)
{
    public static EvidenceRefs None { get; } = new(null, null, [], [], new Dictionary<string, long>(), []);
}
