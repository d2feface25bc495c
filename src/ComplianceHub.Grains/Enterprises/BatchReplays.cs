using ComplianceHub.Abstractions.Enterprises;

namespace ComplianceHub.Grains.Enterprises;

/// <summary>The one replay rule of every batch kind: same id and same content is a replay; same id, other content is refused.</summary>
public static class BatchReplays
{
    /// <exception cref="BatchConflictException">The digests differ.</exception>
    public static void RequireSameContent(string batchId, string? storedDigest, string sentDigest)
    {
        // Batches stored before digests were kept (null) and callers that send none (empty) cannot be compared: a replay, as before.
        if (!string.IsNullOrEmpty(storedDigest) && !string.IsNullOrEmpty(sentDigest) && !string.Equals(storedDigest, sentDigest, StringComparison.Ordinal))
        {
            throw BatchConflictException.For(batchId);
        }
    }
}
