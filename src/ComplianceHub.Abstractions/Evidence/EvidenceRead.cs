namespace ComplianceHub.Abstractions.Evidence;

/// <summary>
/// A regulator's or prosecutor's read of an enterprise's evidence (the log, a proof, a bundle), recorded in that
/// enterprise's own log so an export is never secret. <see cref="What"/> is one of <c>log</c>, <c>proof</c>,
/// <c>bundle</c>; <see cref="Office"/> the caller's division. Reads of the same kind by the same caller are
/// coalesced to one entry per day; bundles never are (each carries its case number and reason).
/// </summary>
[GenerateSerializer, Immutable, Alias("chub.EvidenceRead")]
public sealed record EvidenceRead(
    [property: Id(0)] string Actor,
    [property: Id(1)] string Role,
    [property: Id(2)] string? Office,
    [property: Id(3)] string What,
    [property: Id(4)] long? From,
    [property: Id(5)] long? To,
    [property: Id(6)] string? CaseNumber,
    [property: Id(7)] string? Reason);
