namespace ComplianceHub.Storage.Evidence;

/// <summary>
/// A different entry already holds this sequence number: two writers raced for one enterprise's log,
/// which the single-activation guarantee of its grain should make impossible. Never overwrite evidence.
/// </summary>
public sealed class EvidenceConflictException(string enterpriseId, long seq)
    : Exception($"Evidence entry {seq} of {enterpriseId} already exists with a different hash.")
{
    public string EnterpriseId { get; } = enterpriseId;

    public long Seq { get; } = seq;
}
