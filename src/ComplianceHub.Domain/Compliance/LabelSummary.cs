namespace ComplianceHub.Domain.Compliance;

/// <summary>
/// The label figures over a recent window (summed from the daily label series), as the L1 rules need them.
/// </summary>
/// <param name="From">First day of the window, China calendar.</param>
/// <param name="To">Last day of the window.</param>
/// <param name="Printed">Waybills printed, as declared.</param>
/// <param name="DeclaredMasked">Of those, declared privacy waybills.</param>
/// <param name="SamplesChecked">Samples the hub checked.</param>
/// <param name="CompliantSamples">Samples that passed every L1 check.</param>
/// <param name="FalseDeclarationBatches">Batches declared fully masked whose samples said otherwise.</param>
/// <param name="ChangesAt">When the oldest day with labels leaves the window (00:00 China time after its last day in
/// it), so the figures change without a new batch; null when the window holds no labels.</param>
public sealed record LabelSummary(
    DateOnly From,
    DateOnly To,
    long Printed,
    long DeclaredMasked,
    long SamplesChecked,
    long CompliantSamples,
    int FalseDeclarationBatches,
    DateTimeOffset? ChangesAt = null)
{
    /// <summary>What the enterprise says: masked / printed; null when nothing was printed.</summary>
    public double? DeclaredCoverage => Printed == 0 ? null : (double)DeclaredMasked / Printed;

    /// <summary>What the samples show: compliant / checked; null when nothing was sampled.</summary>
    public double? VerifiedCoverage => SamplesChecked == 0 ? null : (double)CompliantSamples / SamplesChecked;
}
