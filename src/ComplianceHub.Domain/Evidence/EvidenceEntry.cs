namespace ComplianceHub.Domain.Evidence;

/// <summary>
/// One accepted change in an enterprise's evidence log. <see cref="Payload"/> is compact JSON
/// without personal fields (names, phone numbers, addresses never enter it);
/// <see cref="PayloadDigest"/> is its SHA-256 and <see cref="Hash"/> chains the entry to
/// <see cref="PrevHash"/> as described on <see cref="EvidenceHasher.ComputeHash"/>.
/// </summary>
public sealed record EvidenceEntry(
    string EnterpriseId,
    long Seq,
    DateTimeOffset Time,
    string Kind,
    string Actor,
    string Payload,
    string PayloadDigest,
    string PrevHash,
    string Hash);
