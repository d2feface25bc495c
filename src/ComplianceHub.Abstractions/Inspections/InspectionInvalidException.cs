namespace ComplianceHub.Abstractions.Inspections;

/// <summary>The change is malformed in a way the API should have caught first (an unknown checklist item, a deadline not after today) (400).</summary>
[GenerateSerializer, Alias("chub.InspectionInvalidException")]
public sealed class InspectionInvalidException : Exception
{
    public InspectionInvalidException()
    {
    }

    public InspectionInvalidException(string message)
        : base(message)
    {
    }

    public InspectionInvalidException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
