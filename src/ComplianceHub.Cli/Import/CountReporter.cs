using Spectre.Console;

namespace ComplianceHub.Cli.Import;

/// <summary>For a bar with no end to measure against (rows of a file): the description carries the count so far.</summary>
internal sealed class CountReporter(ProgressTask task, string description) : IProgress<long>
{
    public void Report(long value) => task.Description = $"{description}: {value}";
}
