namespace ComplianceHub.Server.Operations;

public static class OperationsSetup
{
    /// <summary>The operators' view: OpenTelemetry metrics and traces, and the Orleans Dashboard for admins.</summary>
    public static WebApplicationBuilder AddComplianceHubOperations(this WebApplicationBuilder builder) =>
        builder.AddComplianceHubTelemetry().AddComplianceHubDashboard();
}
