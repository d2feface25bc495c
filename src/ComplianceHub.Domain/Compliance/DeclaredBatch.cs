namespace ComplianceHub.Domain.Compliance;

/// <summary>
/// A batch declared fully masked whose samples say otherwise, with what the samples showed: the false-declaration
/// margin is judged on these figures, one batch at a time.
/// </summary>
/// <param name="EvidenceSeq">The batch's evidence entry.</param>
public sealed record DeclaredBatch(long EvidenceSeq, DateOnly Date, long SamplesChecked, long FailingSamples)
{
    /// <summary>Whether the failures reach the margin that makes the declaration false rather than a mismatch.</summary>
    public bool IsBeyondMargin(RulebookOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return FailingSamples >= options.FalseDeclarationMinFailingSamples
            && SamplesChecked > 0
            && (double)FailingSamples / SamplesChecked >= options.FalseDeclarationMinFailingShare;
    }
}
