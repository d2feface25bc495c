namespace ComplianceHub.Abstractions.Enterprises;

/// <summary>An enterprise as readers see it.</summary>
/// <param name="EvidenceSeq">The sequence number of the newest evidence entry; a report cites it.</param>
/// <param name="EvidenceHead">The hash of that entry: the chain's head.</param>
[GenerateSerializer, Immutable, Alias("chub.EnterpriseView")]
public sealed record EnterpriseView(
    [property: Id(0)] string Id,
    [property: Id(1)] EnterpriseProfile Profile,
    [property: Id(2)] DateTimeOffset RegisteredAt,
    [property: Id(3)] DateTimeOffset UpdatedAt,
    [property: Id(4)] long EvidenceSeq,
    [property: Id(5)] string EvidenceHead);
