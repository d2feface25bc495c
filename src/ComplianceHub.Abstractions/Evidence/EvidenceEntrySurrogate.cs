namespace ComplianceHub.Abstractions.Evidence;

/// <summary>
/// Wire and storage form of the Domain's <c>EvidenceEntry</c>, which knows nothing of Orleans;
/// the converter beside this file lets the domain record itself cross grain calls.
/// </summary>
[GenerateSerializer, Immutable, Alias("chub.EvidenceEntry")]
public readonly record struct EvidenceEntrySurrogate(
    [property: Id(0)] string EnterpriseId,
    [property: Id(1)] long Seq,
    [property: Id(2)] DateTimeOffset Time,
    [property: Id(3)] string Kind,
    [property: Id(4)] string Actor,
    [property: Id(5)] string Payload,
    [property: Id(6)] string PayloadDigest,
    [property: Id(7)] string PrevHash,
    [property: Id(8)] string Hash);
