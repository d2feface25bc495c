namespace ComplianceHub.Abstractions.Labels;

/// <summary>What the hub recorded for a batch. A replay of the same batchId returns the first result with <see cref="Replayed"/> set.</summary>
/// <param name="ContentDigest">Keyed digest of the request the batch came in (null for batches stored before it was kept): a later batch under the same id must carry the same.</param>
[GenerateSerializer, Immutable, Alias("chub.LabelBatchResult")]
public sealed record LabelBatchResult(
    [property: Id(0)] string BatchId,
    [property: Id(1)] DateOnly Date,
    [property: Id(2)] long Printed,
    [property: Id(3)] long DeclaredMasked,
    [property: Id(4)] int SamplesChecked,
    [property: Id(5)] int CompliantSamples,
    [property: Id(6)] LabelViolationCounts Violations,
    [property: Id(7)] bool FalseDeclaration,
    [property: Id(8)] long EvidenceSeq,
    [property: Id(9)] bool Replayed,
    [property: Id(10)] string? ContentDigest = null);
