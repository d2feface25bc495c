namespace ComplianceHub.Domain.Incidents;

/// <summary>Evaluates an incident's reporting clocks at a given moment; pure, so "now" is always passed in.</summary>
public static class IncidentClocks
{
    /// <summary>The clocks that apply to the incident, each with its status at <paramref name="now"/>.</summary>
    /// <param name="route">The enterprise's route under 国家网络安全事件报告管理办法: it sets the recipients and the clock.</param>
    /// <param name="postal">Whether the postal duty binds the enterprise (寄递企业 only); without it there is no postal clock.</param>
    public static IReadOnlyList<IncidentClockEvaluation> Evaluate(
        Incident incident, IncidentReportRoute route, DateTimeOffset now, IncidentClockOptions options, bool postal = true)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(options);

        var clocks = new List<IncidentClockEvaluation>();
        if (postal)
        {
            clocks.Add(Evaluate(incident, IncidentClock.Postal, options.PostalDeadline, incident.ReportedToPostalAt, now));
        }

        // The grade the measures' clock follows is the higher of the declared and the computed one: an
        // enterprise cannot stop the clock by grading its own leak 一般.
        if (IncidentGrading.Effective(incident, options) >= options.CacMinimumGrade)
        {
            clocks.Add(Evaluate(incident, IncidentClock.CyberIncident, options.CyberIncidentDeadline(route), incident.ReportedToCacAt, now));
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
