using ComplianceHub.Cli.Labels;
using Spectre.Console;

namespace ComplianceHub.Cli.Import;

/// <summary>
/// A Spectre progress bar on stderr, drawn only when stderr is a terminal a person watches
/// (<see cref="CliStreams.IsErrorInteractive"/>); otherwise the work runs with no progress at all.
/// </summary>
internal static class ImportProgressDisplay
{
    /// <param name="total">Known number of steps, or null for a count without an end (rows of a file).</param>
    public static T Run<T>(CliStreams streams, string description, long? total, Func<IProgress<long>?, T> work)
    {
        if (!streams.IsErrorInteractive)
        {
            return work(null);
        }

        return Create(streams).Start(context =>
        {
            var task = Start(context, description, total);
            var result = work(Reporter(task, description, total));
            Finish(task);
            return result;
        });
    }

    public static async Task<T> RunAsync<T>(CliStreams streams, string description, long total, Func<IProgress<long>?, Task<T>> work)
    {
        if (!streams.IsErrorInteractive)
        {
            return await work(null).ConfigureAwait(false);
        }

        return await Create(streams).StartAsync(async context =>
        {
            var task = Start(context, description, total);
            var result = await work(Reporter(task, description, total)).ConfigureAwait(false);
            Finish(task);
            return result;
        }).ConfigureAwait(false);
    }

    private static Progress Create(CliStreams streams) =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(streams.StandardError) })
            .Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn());

    private static ProgressTask Start(ProgressContext context, string description, long? total)
    {
        var task = context.AddTask(description, autoStart: true, maxValue: Math.Max(1, total ?? 1));
        task.IsIndeterminate = total is null;
        return task;
    }

    private static IProgress<long> Reporter(ProgressTask task, string description, long? total) =>
        total is null ? new CountReporter(task, description) : new ProgressTaskReporter(task);

    private static void Finish(ProgressTask task)
    {
        task.IsIndeterminate = false;
        task.Value = task.MaxValue;
        task.StopTask();
    }

}
