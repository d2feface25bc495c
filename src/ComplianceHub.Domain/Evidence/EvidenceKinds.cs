namespace ComplianceHub.Domain.Evidence;

/// <summary>The kinds of change an evidence entry can record; stable strings, part of what is hashed.</summary>
public static class EvidenceKinds
{
    public const string EnterpriseRegistered = "enterprise.registered";

    public const string EnterpriseUpdated = "enterprise.updated";

    public const string LabelBatchAccepted = "labels.batch";

    public const string StaffRosterReplaced = "staff.roster";

    public const string TrainingRecorded = "staff.training";

    public const string AccessLogsAccepted = "access.logs";

    public const string IncidentReported = "incident.reported";

    public const string IncidentUpdated = "incident.updated";

    public const string ReportIssued = "report.issued";
}
