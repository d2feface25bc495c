using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.Enterprises;
using ComplianceHub.Domain.Time;
using ComplianceHub.Grains.Enterprises;

namespace ComplianceHub.Grains.Compliance;

/// <summary>Assembles the rulebook's read-only view of one enterprise from its grain state.</summary>
public static class SnapshotBuilder
{
    /// <summary>The outlet code of an outlet's id (<c>USCC-OUTLET</c>), or null for a company id.</summary>
    public static string? OutletCodeOf(string enterpriseId) =>
        EnterpriseId.TryParse(enterpriseId, out var id, out _) && id.Outlet is { } code ? code.Value : null;

    public static EnterpriseSnapshot Build(string enterpriseId, EnterpriseState state, ComplianceOptions options, DateTimeOffset now)
    {
        var ledger = state.Compliance;
        var profile = state.Profile;
        var scale = profile is null
            ? ScaleProfile.None
            : new ScaleProfile(profile.IndividualsProcessed ?? 0, profile.LastComplianceAuditOn, profile.ProtectionOfficerFiledOn, profile.CriticalInfrastructure);
        var outlet = OutletCodeOf(enterpriseId);

        var today = ChinaTime.DateOf(now);
        var from = today.AddDays(1 - options.LabelWindowDays);
        var days = state.Labels.Days.Where(d => d.Date >= from && d.Date <= today).ToList();
        var labels = days.Count == 0
            ? null
            : new LabelSummary(
                from, today, days.Sum(d => d.Printed), days.Sum(d => d.DeclaredMasked), days.Sum(d => d.SamplesChecked),
                days.Sum(d => d.CompliantSamples), days.Sum(d => d.FalseDeclarations),
                ChangesAt: ChinaTime.EndOf(days.Min(d => d.Date).AddDays(options.LabelWindowDays - 1)));
        var recentInWindow = state.Labels.Recent.Where(r => r.Date >= from && r.Date <= today).ToList();

        var evidence = new EvidenceRefs(
            ledger.ProfileSeq,
            ledger.RosterSeq,
            recentInWindow.Select(r => r.EvidenceSeq).Order().ToList(),
            recentInWindow.Where(r => r.FalseDeclaration).Select(r => r.EvidenceSeq).Order().ToList(),
            ledger.Incidents.ToDictionary(i => i.Incident.IncidentId, i => i.Seq, StringComparer.Ordinal),
            ledger.Trainings.Select(t => t.Seq).ToList());

        return new EnterpriseSnapshot(
            scale, outlet, labels, ledger.Roster, ledger.Trainings.Select(t => t.Session).ToList(),
            ledger.Access, ledger.Incidents.Select(i => i.Incident).ToList(), evidence, now);
    }
}
