using ComplianceHub.Abstractions.Labels;

namespace ComplianceHub.Server.Labels;

/// <summary>One day of the series: declared coverage (masked/printed) beside verified coverage (compliant/sampled).</summary>
/// <param name="DeclarationsContradicted">Batches declared fully masked whose samples failed (申报与抽检不符; 虚报 only beyond the margin, see findings).</param>
public sealed record DailyLabelResponse(
    string Date,
    long Printed,
    long DeclaredMasked,
    long SamplesChecked,
    long CompliantSamples,
    IReadOnlyDictionary<string, long> Violations,
    double? DeclaredCoverage,
    double? VerifiedCoverage,
    int Batches,
    int DeclarationsContradicted)
{
    public static DailyLabelResponse From(DailyLabelStats d) => new(
        d.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        d.Printed,
        d.DeclaredMasked,
        d.SamplesChecked,
        d.CompliantSamples,
        LabelBatchResponse.ViolationMap(d.Violations),
        d.DeclaredCoverage,
        d.VerifiedCoverage,
        d.Batches,
        d.FalseDeclarations);
}
