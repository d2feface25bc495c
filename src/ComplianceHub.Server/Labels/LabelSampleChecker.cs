using ComplianceHub.Abstractions.Labels;
using ComplianceHub.Domain.Labels;

namespace ComplianceHub.Server.Labels;

/// <summary>
/// Checks a batch's samples where they arrive, so that only verdicts, shapes and fingerprints go on:
/// the plain name, phone and address never reach a grain, storage or a log.
/// </summary>
public sealed class LabelSampleChecker(LabelFingerprintKey key)
{
    public LabelBatch Check(LabelBatchRequest request, DateOnly date, string actor, string contentDigest)
    {
        var samples = request.Samples!;
        var violating = new List<ViolatingSample>();
        var counts = LabelViolationCounts.None;
        foreach (var sample in samples)
        {
            // The validator refused any party but person and organization; missing means person.
            var party = WaybillParties.TryParse(sample!.Party, out var declared) ? declared : WaybillParty.Person;
            var violations = WaybillMaskChecker.Check(sample.Name, sample.Phone, sample.Address, party);
            if (violations == LabelViolations.None)
            {
                continue;
            }

            counts = counts.Add(violations);
            violating.Add(new ViolatingSample(
                sample.Id!,
                violations,
                MaskedShape.Of(sample.Name),
                MaskedShape.Of(sample.Phone),
                MaskedShape.Of(sample.Address),
                SampleFingerprint.Compute(key.Key, sample.Name, sample.Phone, sample.Address)));
        }

        return new LabelBatch(
            request.BatchId!, date, request.Printed!.Value, request.Masked!.Value,
            samples.Count, samples.Count - violating.Count, counts, violating, actor, contentDigest);
    }
}
