namespace ComplianceHub.Domain.Compliance;

/// <summary>The merged history and what changed in this evaluation (each change is worth an evidence entry).</summary>
/// <param name="Records">Every finding ever seen, open ones first, then by key.</param>
/// <param name="Opened">Findings new in this evaluation, or back after having cleared.</param>
/// <param name="Cleared">Records that cleared in this evaluation.</param>
public sealed record FindingHistoryUpdate(IReadOnlyList<FindingRecord> Records, IReadOnlyList<FindingRecord> Opened, IReadOnlyList<FindingRecord> Cleared)
{
    public IEnumerable<Finding> Open => Records.Where(r => r.IsOpen).Select(r => r.Finding);
}
