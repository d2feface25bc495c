namespace ComplianceHub.Server.Evidence;

/// <summary>
/// The audit trail of evidence exports (ARCHITECTURE: every evidence export is itself logged): who
/// pulled which enterprise's log, from which entry, up to which head. Ids and sequence numbers only.
/// </summary>
public sealed partial class EvidenceAudit(ILogger<EvidenceAudit> logger)
{
    public void Exported(string actor, string enterpriseId, long from, long head) => LogExport(logger, actor, enterpriseId, from, head);

    [LoggerMessage(Level = LogLevel.Information, Message = "Evidence export by {Actor}: enterprise {EnterpriseId}, seq {From}..{Head}")]
    private static partial void LogExport(ILogger logger, string actor, string enterpriseId, long from, long head);
}
