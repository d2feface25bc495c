namespace ComplianceHub.Cli.Labels;

/// <summary>
/// A line that cannot be read as a label. Thrown at most once per run (the run stops there), so an
/// exception costs nothing on the per-line path. The reason never quotes field values: a label is
/// personal data and stderr ends up in logs.
/// </summary>
#pragma warning disable CA1032 // Only the reader and parser raise it, always with a line and a reason.
internal sealed class LabelInputException(int lineNumber, string reason)
    : Exception($"line {lineNumber}: {reason}")
#pragma warning restore CA1032
{
    public int LineNumber { get; } = lineNumber;
}
