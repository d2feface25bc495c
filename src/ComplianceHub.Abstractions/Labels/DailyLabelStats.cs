namespace ComplianceHub.Abstractions.Labels;

/// <summary>One day of an enterprise's label figures, summed over its batches.</summary>
[GenerateSerializer, Immutable, Alias("chub.DailyLabelStats")]
public sealed record DailyLabelStats(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] long Printed,
    [property: Id(2)] long DeclaredMasked,
    [property: Id(3)] long SamplesChecked,
    [property: Id(4)] long CompliantSamples,
    [property: Id(5)] LabelViolationCounts Violations,
    [property: Id(6)] int Batches,
    [property: Id(7)] int FalseDeclarations)
{
    /// <summary>What the enterprise says: masked / printed; null when nothing was printed.</summary>
    public double? DeclaredCoverage => Printed == 0 ? null : (double)DeclaredMasked / Printed;

    /// <summary>What the samples show: compliant samples / samples; null when none were sampled.</summary>
    public double? VerifiedCoverage => SamplesChecked == 0 ? null : (double)CompliantSamples / SamplesChecked;

    public DailyLabelStats Add(LabelBatch batch) => this with
    {
        Printed = Printed + batch.Printed,
        DeclaredMasked = DeclaredMasked + batch.DeclaredMasked,
        SamplesChecked = SamplesChecked + batch.SamplesChecked,
        CompliantSamples = CompliantSamples + batch.CompliantSamples,
        Violations = Violations.Add(batch.Violations),
        Batches = Batches + 1,
        FalseDeclarations = FalseDeclarations + (batch.IsFalseDeclaration ? 1 : 0),
    };

    public static DailyLabelStats Empty(DateOnly date) => new(date, 0, 0, 0, 0, LabelViolationCounts.None, 0, 0);
}
