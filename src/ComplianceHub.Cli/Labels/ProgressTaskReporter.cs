using Spectre.Console;

namespace ComplianceHub.Cli.Labels;

/// <summary>
/// Sets a Spectre progress task's value directly. Not <see cref="Progress{T}"/>: that posts every
/// report to the thread pool, while Spectre's own render thread already reads the value.
/// </summary>
internal sealed class ProgressTaskReporter(ProgressTask task) : IProgress<long>
{
    public void Report(long value) => task.Value = value;
}
