namespace ComplianceHub.Domain.Evidence;

/// <summary>
/// The outcome of <see cref="EvidenceChain.Verify"/>. <see cref="EntriesChecked"/> counts the
/// entries read, the failing one included. <see cref="FirstBadSeq"/> is the seq the first failing
/// entry should have had (its 1-based position), so everything before it is intact.
/// <see cref="HeadHash"/> is the hash of the last intact entry (null if none): compare it with a
/// published head to catch a dropped tail or a wholesale rewrite, which no chain can show alone.
/// </summary>
public sealed record EvidenceVerification(
    bool IsValid, long EntriesChecked, long? FirstBadSeq, string? Reason, string? HeadHash);
