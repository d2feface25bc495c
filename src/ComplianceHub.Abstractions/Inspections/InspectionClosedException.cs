namespace ComplianceHub.Abstractions.Inspections;

/// <summary>The inspection is closed and frozen: nothing may change it any more (409).</summary>
[GenerateSerializer, Alias("chub.InspectionClosedException")]
public sealed class InspectionClosedException : Exception
{
    public InspectionClosedException()
    {
    }

    public InspectionClosedException(string message)
        : base(message)
    {
    }

    public InspectionClosedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
