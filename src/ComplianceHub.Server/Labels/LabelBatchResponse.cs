using ComplianceHub.Abstractions.Labels;
using ComplianceHub.Domain.Labels;

namespace ComplianceHub.Server.Labels;

/// <summary>What the hub recorded for a batch; <paramref name="Replayed"/> when this batchId had been sent before.</summary>
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
    bool FalseDeclaration,
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
    };
}
