namespace ComplianceHub.Server.Incidents;

/// <summary>
/// Body of <c>PATCH /api/v1/enterprises/{id}/incidents/{incidentId}</c>: what happened since. Only the
/// times given are set; the facts of the report itself (kind, grade, detection) are not changed here.
/// </summary>
public sealed record IncidentPatchRequest(
    long? RecordsAffected,
    DateTimeOffset? ReportedToPostalAt,
    DateTimeOffset? ReportedToCacAt,
    DateTimeOffset? IndividualsNotifiedAt,
    DateTimeOffset? ContainedAt,
    DateTimeOffset? ClosedAt);
