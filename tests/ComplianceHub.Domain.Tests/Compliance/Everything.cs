using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.Incidents;
using ComplianceHub.Domain.Tests.People;
using static ComplianceHub.Domain.Tests.Compliance.Snapshots;

namespace ComplianceHub.Domain.Tests.Compliance;

/// <summary>An enterprise that breaks every rule in the catalogue at once.</summary>
internal static class Everything
{
    public static EnterpriseSnapshot Violated()
    {
        var snapshot = Clean() with
        {
            Scale = new ScaleProfile(12_000_000, new DateOnly(2023, 1, 1), null, false),
            // Three contradicted batches: one far beyond the margin (虚报), two within it (申报与抽检不符); 2 samples print an ID.
            Labels = new LabelSummary(
                new DateOnly(2026, 10, 24), new DateOnly(2026, 11, 22), 30_000, 30_000, 600, 540, 3, IdNumberSamples: 2,
                ContradictedBatches: [new(11, new DateOnly(2026, 11, 1), 200, 40), new(12, new DateOnly(2026, 11, 2), 200, 1)]),
            Trainings = [],
            Evidence = Refs with { FalseDeclarationBatches = [11, 12] },
            // Nothing sent for eight days (the window's days were declared in advance): 数据报送中断.
            LabelsReportedSince = Now.AddDays(-8),
        };
        snapshot = snapshot
            .WithStaff(Staff.Member("S9", "A-LEFT") with { LeftOn = new DateOnly(2026, 11, 10) })
            .WithStaff(Staff.Member("S10") with { Nda = null })
            .WithIncident(new Incident("INC-1", IncidentKind.Leak, IncidentGrade.Jiaoda, Now.AddDays(-5), 1_000))
            .WithIncident(new Incident("INC-2", IncidentKind.Leak, IncidentGrade.Yiban, Now.AddDays(-3), 2_000_000, ReportedToPostalAt: Now.AddDays(-3)));
        return snapshot.WithAccess(
            [
                Query("A-LEFT", China(2026, 11, 20, 2), outlet: "NB777"),
                Query("acc-S1", China(2026, 11, 21, 10), count: 900),
            ],
            seq: 40);
    }
}
