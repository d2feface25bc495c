using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.Compliance.Figures;
using ComplianceHub.Domain.Rollups;
using ComplianceHub.Domain.Time;
using ComplianceHub.Grains.Compliance;
using ComplianceHub.Grains.Enterprises;

namespace ComplianceHub.Grains.Rollups;

/// <summary>
/// The one place an enterprise's roll-up summary is drawn from its state. The figures are those of
/// <paramref name="now"/>: findings evaluated then (the caller has just merged them into the state), the label
/// window ending then, staff active then. A clock running out later (an incident deadline, an NDA lapsing)
/// changes nothing stored; the roll-ups see it when the enterprise next changes or is read. No poller.
/// </summary>
public static class RollupBuilder
{
    public static EnterpriseRollup? Build(string enterpriseId, EnterpriseState state, ComplianceOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(options);
        if (state.Profile is not { } profile) return null;

        var open = state.Compliance.Findings.Where(f => f.IsOpen).Select(f => f.Finding).ToList();
        var score = ComplianceScore.Compute(open, options.Rulebook.Score);

        var today = ChinaTime.DateOf(now);
        var from = today.AddDays(1 - options.LabelWindowDays);
        long printed = 0, verified = 0;
        foreach (var day in state.Labels.Days.Where(d => d.Date >= from && d.Date <= today))
        {
            printed += day.Printed;
            verified += day.SamplesChecked == 0 ? 0 : (long)Math.Round((double)day.Printed * day.CompliantSamples / day.SamplesChecked, MidpointRounding.AwayFromZero);
        }

        // The same counts the findings and reports show (one figure, one source).
        var staff = StaffCoverage.Of(state.Compliance.Roster, state.Compliance.Trainings.Select(t => t.Session), now, options.Rulebook);

        // Open orders carry their deadlines, so every level counts overdue ones at the instant it is read.
        var orderDeadlines = state.Inspections.OpenOrders.Select(o => o.Deadline).ToList();
        var lastInspectedOn = state.Inspections.Inspections.Max(i => i.PerformedOn);

        return new EnterpriseRollup(
            enterpriseId,
            profile.Name,
            profile.Kind,
            profile.Division,
            profile.BrandId,
            state.Rollup.Version,
            score.Score,
            score.Risk,
            printed,
            verified,
            staff.HandlingPersonalInfo,
            staff.WithNdaInForce,
            staff.TrainedInWindow,
            open.Select(f => f.RuleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            orderDeadlines.Count,
            orderDeadlines,
            lastInspectedOn,
            state.Compliance.Incidents.Count == 0 ? null : state.Compliance.Incidents.Max(i => i.Incident.DetectedAt));
    }
}
