namespace ComplianceHub.Abstractions.Incidents;

/// <summary>An update named an incidentId the enterprise never reported.</summary>
[GenerateSerializer, Alias("chub.IncidentNotFoundException")]
public sealed class IncidentNotFoundException : Exception
{
    public IncidentNotFoundException()
    {
    }

    public IncidentNotFoundException(string message)
        : base(message)
    {
    }

    public IncidentNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
