namespace ComplianceHub.Abstractions.Inspections;

/// <summary>The change contradicts what the inspection already holds: a replayed id with other content, or a follow-up that does not fit (409).</summary>
[GenerateSerializer, Alias("chub.InspectionConflictException")]
public sealed class InspectionConflictException : Exception
{
    public InspectionConflictException()
    {
    }

    public InspectionConflictException(string message)
        : base(message)
    {
    }

    public InspectionConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
