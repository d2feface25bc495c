namespace ComplianceHub.Abstractions.Inspections;

/// <summary>No inspection was opened under this id (404).</summary>
[GenerateSerializer, Alias("chub.InspectionNotFoundException")]
public sealed class InspectionNotFoundException : Exception
{
    public InspectionNotFoundException()
    {
    }

    public InspectionNotFoundException(string message)
        : base(message)
    {
    }

    public InspectionNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
