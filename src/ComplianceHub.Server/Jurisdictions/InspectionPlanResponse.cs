namespace ComplianceHub.Server.Jurisdictions;

/// <summary><c>GET /api/v1/jurisdictions/{code}/inspection-plan</c>: the enterprises most worth inspecting, best first.</summary>
public sealed record InspectionPlanResponse(string Code, string Name, int Limit, DateTimeOffset EvaluatedAt, IReadOnlyList<PlanEntryResponse> Items);
