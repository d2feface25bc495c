namespace ComplianceHub.Domain.Incidents;

/// <summary>Evaluates an incident's reporting clocks at a given moment; pure, so "now" is always passed in.</summary>
public static class IncidentClocks
{
    /// <summary>The clocks that apply to the incident, each with its status at <paramref name="now"/>.</summary>
    /// <param name="criticalInfrastructure">The enterprise's profile flag: it shortens the CAC clock.</param>
    public static IReadOnlyList<IncidentClockEvaluation> Evaluate(
        Incident incident, bool criticalInfrastructure, DateTimeOffset now, IncidentClockOptions options)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(options);

        var clocks = new List<IncidentClockEvaluation>
        {
            Evaluate(incident, IncidentClock.Postal, options.PostalDeadline, incident.ReportedToPostalAt, now),
        };

        if (incident.Grade >= options.CacMinimumGrade)
        {
            var allowance = criticalInfrastructure ? options.CacDeadlineCriticalInfrastructure : options.CacDeadline;
            clocks.Add(Evaluate(incident, IncidentClock.Cac, allowance, incident.ReportedToCacAt, now));
        }

        if (incident.RecordsAffected > 0)
        {
            clocks.Add(Evaluate(incident, IncidentClock.Individuals, options.IndividualsDeadline, incident.IndividualsNotifiedAt, now));
        }

        return clocks;
    }

    private static IncidentClockEvaluation Evaluate(Incident incident, IncidentClock clock, TimeSpan allowance, DateTimeOffset? doneAt, DateTimeOffset now)
    {
        var deadline = incident.DetectedAt + allowance;
        var (status, late, remaining) = doneAt switch
        {
            { } done when done <= deadline => (IncidentClockStatus.MetOnTime, TimeSpan.Zero, TimeSpan.Zero),
            { } done => (IncidentClockStatus.ReportedLate, done - deadline, TimeSpan.Zero),
            null when now > deadline => (IncidentClockStatus.OpenOverdue, now - deadline, TimeSpan.Zero),
            null => (IncidentClockStatus.OpenWithinDeadline, TimeSpan.Zero, deadline - now),
        };

        return new IncidentClockEvaluation(incident.IncidentId, clock, status, deadline, doneAt, late, remaining);
    }
}
