namespace ComplianceHub.Abstractions.Enterprises;

/// <summary>
/// A batch id the enterprise already used came again with other content. A batch id names one batch: the same id
/// with the same content is a replay (the first result, counted once); with other content it is refused, since
/// answering the first result would tell the client its new data was taken when it was not.
/// </summary>
[GenerateSerializer, Alias("chub.BatchConflictException")]
public sealed class BatchConflictException : Exception
{
    public BatchConflictException()
    {
    }

    public BatchConflictException(string message)
        : base(message)
    {
    }

    public BatchConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static BatchConflictException For(string batchId) =>
        new($"批次号 {batchId} 已用于内容不同的批次；新批次请使用新的批次号 (batchId {batchId} was already used for a batch with other content; send new data under a new batchId).");
}
