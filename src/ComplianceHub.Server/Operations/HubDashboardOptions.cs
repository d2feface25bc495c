namespace ComplianceHub.Server.Operations;

/// <summary>The Orleans Dashboard served by the hub at <c>/dashboard</c> to admins (<c>Dashboard:*</c>).</summary>
public sealed class HubDashboardOptions
{
    public const string SectionName = "Dashboard";

    /// <summary>Serve it; off removes its per-call profiling filter from every grain call too.</summary>
    public bool Enabled { get; set; } = true;
}
