namespace ComplianceHub.Server.Http;

/// <summary>
/// The answers every endpoint gives before it reaches its own work, because it starts from
/// <c>EnterpriseAccess</c>, <c>InspectionAccess</c> or <c>JurisdictionsApi.Resolve</c>: 400 naming a malformed
/// id or field, 403 outside the caller's scope, 404 when the subject does not exist. Declared once so the
/// OpenAPI document cannot drift from those three checks.
/// </summary>
public static class AccessProblems
{
    public static RouteHandlerBuilder ProducesAccessProblems(this RouteHandlerBuilder endpoint) =>
        endpoint
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
