using ComplianceHub.Abstractions.Labels;
using ComplianceHub.Domain.Labels;

namespace ComplianceHub.Server.Labels;

/// <summary>What the hub recorded for a batch; <paramref name="Replayed"/> when this batchId had been sent before.</summary>
/// <param name="DeclarationContradicted">The batch was declared fully masked and some sample failed (申报与抽检不符). Whether
/// that is a false declaration (虚报) the findings say, judged against the configured margin.</param>
public sealed record LabelBatchResponse(
    string BatchId,
    string Date,
    long Printed,
    long DeclaredMasked,
    int SamplesChecked,
    int CompliantSamples,
    IReadOnlyDictionary<string, long> Violations,
    double? DeclaredCoverage,
    double? VerifiedCoverage,
    bool DeclarationContradicted,
    long EvidenceSeq,
    bool Replayed)
{
    public static LabelBatchResponse From(LabelBatchResult r) => new(
        r.BatchId,
        r.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        r.Printed,
        r.DeclaredMasked,
        r.SamplesChecked,
        r.CompliantSamples,
        ViolationMap(r.Violations),
        r.Printed == 0 ? null : (double)r.DeclaredMasked / r.Printed,
        r.SamplesChecked == 0 ? null : (double)r.CompliantSamples / r.SamplesChecked,
        r.FalseDeclaration,
        r.EvidenceSeq,
        r.Replayed);

    public static IReadOnlyDictionary<string, long> ViolationMap(LabelViolationCounts counts) => new Dictionary<string, long>
    {
        [LabelViolationCodes.NameVisible] = counts.NameVisible,
        [LabelViolationCodes.PhoneUnderMasked] = counts.PhoneUnderMasked,
        [LabelViolationCodes.AddressRoomVisible] = counts.AddressRoomVisible,
        [LabelViolationCodes.IdNumberPrinted] = counts.IdNumberPrinted,
    };
}
