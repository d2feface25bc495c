namespace ComplianceHub.Abstractions.Labels;

/// <summary>A batch would lift its day's printed total past <see cref="Domain.Labels.LabelVolume.MaxPrintedPerDay"/>.</summary>
[GenerateSerializer, Alias("chub.LabelDayLimitException")]
public sealed class LabelDayLimitException : Exception
{
    public LabelDayLimitException()
    {
    }

    public LabelDayLimitException(string message)
        : base(message)
    {
    }

    public LabelDayLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
