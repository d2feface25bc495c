using Spectre.Console;

namespace ComplianceHub.Cli.Labels;

/// <summary>A progress bar on stderr, by bytes of input read (by count alone when reading stdin, whose size is unknown).</summary>
internal static class CheckProgressDisplay
{
    public static T Run<T>(TextWriter error, long? totalBytes, Func<IProgress<long>, T> work)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) });
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(),
                new DownloadedColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("检查 checking", autoStart: true, maxValue: Math.Max(1, totalBytes ?? 1));
                task.IsIndeterminate = totalBytes is null;
                var result = work(new ProgressTaskReporter(task));
                task.Value = task.MaxValue;
                task.StopTask();
                return result;
            });
    }
}
