using ComplianceHub.Domain.Evidence.Merkle;

namespace ComplianceHub.Server.Evidence;

/// <summary>A bundle request checked and resolved: which entries, under which head, proving consistency from which old head.</summary>
public sealed record BundlePlan(
    string EnterpriseId, long From, long? RequestedTo, string? CaseNumber, string Reason, SignedTreeHead? OldHead)
{
    /// <summary>The last entry: the one asked for, else every entry the bundle's head covers.</summary>
    public long To(SignedTreeHead head) => RequestedTo ?? head.Head.TreeSize;
}
