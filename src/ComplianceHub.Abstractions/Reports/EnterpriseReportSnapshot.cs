using ComplianceHub.Abstractions.Compliance;
using ComplianceHub.Abstractions.Enterprises;
using ComplianceHub.Abstractions.Labels;
using ComplianceHub.Domain.Incidents;
using ComplianceHub.Domain.People;

namespace ComplianceHub.Abstractions.Reports;

/// <summary>
/// Everything a report about one enterprise shows, read in one grain turn, so the document is rendered
/// from a consistent snapshot (its evidence head included) and never from a grain that changes mid-render.
/// </summary>
[GenerateSerializer, Immutable, Alias("chub.EnterpriseReportSnapshot")]
public sealed record EnterpriseReportSnapshot(
    [property: Id(0)] EnterpriseView Enterprise,
    [property: Id(1)] ComplianceView Compliance,
    [property: Id(2)] IReadOnlyList<DailyLabelStats> LabelDays,
    [property: Id(3)] StaffRoster Roster,
    [property: Id(4)] IReadOnlyList<TrainingSession> Trainings,
    [property: Id(5)] IReadOnlyList<Incident> Incidents);
