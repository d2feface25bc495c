namespace ComplianceHub.Reports.Data;

/// <summary>An inspection report's snapshot: the enterprise as read at one evidence head, and the inspection.</summary>
public sealed record InspectionReportData(EnterpriseReportData Enterprise, InspectionDetails Inspection);
