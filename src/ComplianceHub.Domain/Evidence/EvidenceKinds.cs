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

    public const string InspectionOpened = "inspection.opened";

    public const string InspectionChecklistAnswered = "inspection.checklist";

    public const string InspectionFindingRecorded = "inspection.finding";

    public const string InspectionOrderIssued = "inspection.order-issued";

    public const string InspectionOrderSubmitted = "inspection.order-submitted";

    public const string InspectionOrderVerified = "inspection.order-verified";

    public const string InspectionClosed = "inspection.closed";

    /// <summary>A regulator or prosecutor read the log or a proof (coalesced: the first such read per caller and day).</summary>
    public const string EvidenceRead = "evidence.read";

    /// <summary>A regulator, prosecutor or admin took an evidence bundle (every one recorded, with its case number).</summary>
    public const string EvidenceExported = "evidence.exported";
}
