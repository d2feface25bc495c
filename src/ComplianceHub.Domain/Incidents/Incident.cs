namespace ComplianceHub.Domain.Incidents;

/// <summary>A security incident (or risk of one) and what was done about it, all clocks starting at detection (L7).</summary>
/// <param name="IncidentId">The enterprise's own id; also the idempotency key.</param>
/// <param name="RecordsAffected">Personal-information records involved (0 when none, e.g. a contained trojan).</param>
/// <param name="ReportedToPostalAt">Reported to the local postal administration.</param>
/// <param name="ReportedToCacAt">Reported to the provincial cyberspace administration.</param>
/// <param name="IndividualsNotifiedAt">Affected individuals notified (PIPL art. 57).</param>
public sealed record Incident(
    string IncidentId,
    IncidentKind Kind,
    IncidentGrade Grade,
    DateTimeOffset DetectedAt,
    long RecordsAffected,
    DateTimeOffset? ReportedToPostalAt = null,
    DateTimeOffset? ReportedToCacAt = null,
    DateTimeOffset? IndividualsNotifiedAt = null,
    DateTimeOffset? ContainedAt = null,
    DateTimeOffset? ClosedAt = null);
