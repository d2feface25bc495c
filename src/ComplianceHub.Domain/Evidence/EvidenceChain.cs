namespace ComplianceHub.Domain.Evidence;

/// <summary>Appends to and verifies an enterprise's hash-chained evidence log.</summary>
public static class EvidenceChain
{
    /// <summary>
    /// The entry that follows <paramref name="previous"/> (or starts the log when null). Time is
    /// stored in UTC so the stored value and the hashed text agree.
    /// </summary>
    public static EvidenceEntry Next(
        EvidenceEntry? previous, string enterpriseId, DateTimeOffset time, string kind, string actor, string payload)
    {
        ArgumentNullException.ThrowIfNull(enterpriseId);
        if (previous is not null && !string.Equals(previous.EnterpriseId, enterpriseId, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"不能接续其他企业的证据链 (cannot extend the evidence chain of {previous.EnterpriseId} with {enterpriseId})",
                nameof(previous));
        }

        var seq = previous is null ? 1 : checked(previous.Seq + 1);
        var prevHash = previous?.Hash ?? EvidenceHasher.GenesisHash;
        var utc = new DateTimeOffset(time.UtcTicks, TimeSpan.Zero);
        var digest = EvidenceHasher.Digest(payload);
        var hash = EvidenceHasher.ComputeHash(enterpriseId, seq, utc, kind, actor, digest, prevHash);
        return new EvidenceEntry(enterpriseId, seq, utc, kind, actor, payload, digest, prevHash, hash);
    }

    /// <summary>
    /// Checks the log in one forward pass (entries may be streamed from storage): same enterprise,
    /// seq 1, 2, 3… without gaps, each PrevHash equal to the previous Hash (genesis for entry 1),
    /// each PayloadDigest equal to the payload's SHA-256, and each Hash recomputing. Stops at the
    /// first failure. When <paramref name="expectedEnterpriseId"/> is null the first entry's id
    /// is expected of all.
    /// </summary>
    public static EvidenceVerification Verify(IEnumerable<EvidenceEntry> entries, string? expectedEnterpriseId = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var expectedSeq = 1L;
        var prevHash = EvidenceHasher.GenesisHash;
        string? head = null;
        var enterprise = expectedEnterpriseId;

        foreach (var entry in entries)
        {
            enterprise ??= entry?.EnterpriseId;
            var reason = Check(entry, enterprise, expectedSeq, prevHash);
            if (reason is not null) return new EvidenceVerification(false, expectedSeq, expectedSeq, reason, head);
            head = prevHash = entry!.Hash;
            expectedSeq++;
        }

        return new EvidenceVerification(true, expectedSeq - 1, null, null, head);
    }

    private static string? Check(EvidenceEntry? e, string? enterprise, long expectedSeq, string prevHash)
    {
        if (e is null) return "条目为空 (entry is missing)";
        if (!string.Equals(e.EnterpriseId, enterprise, StringComparison.Ordinal))
        {
            return $"条目属于其他企业 (entry belongs to enterprise {e.EnterpriseId}, expected {enterprise})";
        }

        if (e.Seq != expectedSeq) return $"序号不连续：应为 {expectedSeq}，实为 {e.Seq} (sequence gap: expected {expectedSeq}, found {e.Seq})";
        if (!string.Equals(e.PrevHash, prevHash, StringComparison.Ordinal))
        {
            return "前一哈希与上一条不符，链条断裂 (prevHash does not match the previous entry's hash)";
        }

        try
        {
            if (e.Payload is null || !string.Equals(EvidenceHasher.Digest(e.Payload), e.PayloadDigest, StringComparison.Ordinal))
            {
                return "载荷摘要与载荷不符 (payload digest does not match the payload)";
            }

            var hash = EvidenceHasher.ComputeHash(e.EnterpriseId!, e.Seq, e.Time, e.Kind, e.Actor, e.PayloadDigest, e.PrevHash);
            return string.Equals(hash, e.Hash, StringComparison.Ordinal)
                ? null
                : "条目哈希重算不符 (entry hash does not recompute)";
        }
        catch (ArgumentException)
        {
            return "条目字段缺失或无效 (entry has a missing or invalid field)";
        }
    }
}
