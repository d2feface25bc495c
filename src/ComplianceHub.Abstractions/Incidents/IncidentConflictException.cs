namespace ComplianceHub.Abstractions.Incidents;

/// <summary>A first report reused an incidentId already recorded with other facts: updates go through PATCH.</summary>
[GenerateSerializer, Alias("chub.IncidentConflictException")]
public sealed class IncidentConflictException : Exception
{
    public IncidentConflictException()
    {
    }

    public IncidentConflictException(string message)
        : base(message)
    {
    }

    public IncidentConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
