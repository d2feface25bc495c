namespace ComplianceHub.Domain.Incidents;

/// <summary>A security incident (or risk of one) and what was done about it, all clocks starting at detection (L7).</summary>
/// <param name="IncidentId">The enterprise's own id; also the idempotency key.</param>
/// <param name="RecordsAffected">Personal-information records involved (0 when none, e.g. a contained trojan).</param>
/// <param name="ReportedToPostalAt">Reported to the local postal administration.</param>
/// <param name="Grade">The enterprise's own grade; the hub also computes one from <paramref name="RecordsAffected"/> (定级偏低 when the declared one is lower).</param>
/// <param name="ReportedToCacAt">Reported under 国家网络安全事件报告管理办法 to the recipients of the enterprise's route: the
/// provincial CAC, or for critical infrastructure the protection department and the public security organ, or for a
/// central or state body its own cyberspace office (the field keeps its first name so stored data still reads).</param>
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
