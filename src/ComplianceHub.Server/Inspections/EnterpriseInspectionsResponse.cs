namespace ComplianceHub.Server.Inspections;

/// <summary>An enterprise's inspections and its unverified orders, statuses as of <see cref="EvaluatedAt"/>.</summary>
public sealed record EnterpriseInspectionsResponse(
    string EnterpriseId,
    int Count,
    DateOnly? LastPostalInspectionOn,
    DateOnly? LastCyberspaceInspectionOn,
    int OpenOrders,
    int OverdueOrders,
    IReadOnlyList<InspectionSummaryResponse> Inspections,
    IReadOnlyList<OpenOrderResponse> Orders,
    DateTimeOffset EvaluatedAt);
