namespace ComplianceHub.Domain.Incidents;

/// <summary>Wire names, recipients and the choice of <see cref="IncidentReportRoute"/>.</summary>
public static class IncidentReportRoutes
{
    private static readonly WireNames<IncidentReportRoute> Names = new(
        (IncidentReportRoute.ProvincialCac, "provincial-cac", "属地省级网信部门"),
        (IncidentReportRoute.CriticalInfrastructure, "critical-infrastructure", "保护工作部门和公安机关"),
        (IncidentReportRoute.CentralStateBody, "central-state-body", "本部门网信工作机构"));

    public static string ToWireName(IncidentReportRoute route) => Names.ToWireName(route);

    /// <summary>The recipients, in Chinese: 属地省级网信部门, 保护工作部门和公安机关, 本部门网信工作机构.</summary>
    public static string Recipients(IncidentReportRoute route) => Names.ChineseName(route);

    public static string RecipientsEn(IncidentReportRoute route) => route switch
    {
        IncidentReportRoute.CriticalInfrastructure => "the protection department and the public security organ",
        IncidentReportRoute.CentralStateBody => "the body's own cyberspace office",
        _ => "the provincial cyberspace administration",
    };

    /// <summary>
    /// Critical information infrastructure takes its own route (the shortest clock) even for a state body; the
    /// measures name no operator that is both, so this reading is ours.
    /// </summary>
    public static IncidentReportRoute Of(bool criticalInfrastructure, bool centralStateBody) =>
        criticalInfrastructure ? IncidentReportRoute.CriticalInfrastructure
        : centralStateBody ? IncidentReportRoute.CentralStateBody
        : IncidentReportRoute.ProvincialCac;
}
