namespace ComplianceHub.Server.Incidents;

/// <summary>Body of <c>POST /api/v1/enterprises/{id}/incidents</c>: a first report. Times are ISO 8601 with offset.</summary>
/// <param name="Kind">leak, trojan, label-photography, account-misuse, lost-waybills or other.</param>
/// <param name="Grade">general (一般), major (较大), serious (重大) or critical (特别重大).</param>
public sealed record IncidentRequest(
    string? IncidentId,
    string? Kind,
    string? Grade,
    DateTimeOffset? DetectedAt,
    long? RecordsAffected,
    DateTimeOffset? ReportedToPostalAt,
    DateTimeOffset? ReportedToCacAt,
    DateTimeOffset? IndividualsNotifiedAt,
    DateTimeOffset? ContainedAt,
    DateTimeOffset? ClosedAt);
