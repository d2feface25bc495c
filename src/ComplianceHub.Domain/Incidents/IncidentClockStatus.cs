namespace ComplianceHub.Domain.Incidents;

/// <summary>Where a clock stands at the moment of evaluation.</summary>
public enum IncidentClockStatus
{
    /// <summary>Done by the deadline.</summary>
    MetOnTime,

    /// <summary>Done, after the deadline: stays on the record.</summary>
    ReportedLate,

    /// <summary>Not done, deadline passed.</summary>
    OpenOverdue,

    /// <summary>Not done, deadline still ahead.</summary>
    OpenWithinDeadline,
}
