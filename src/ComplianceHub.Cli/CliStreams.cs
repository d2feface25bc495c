namespace ComplianceHub.Cli;

/// <summary>
/// The standard streams a command works on. Commands take them as a value rather than reaching
/// for <see cref="Console"/>, so a test runs the very same command with its own stdin, stdout and stderr.
/// </summary>
/// <param name="OpenStandardInput">Opened only when the command reads stdin (<c>-</c>).</param>
/// <param name="StandardOutput">Results, as bytes: commands write UTF-8 through their own buffer.</param>
/// <param name="StandardError">Human-readable summary and errors.</param>
/// <param name="IsErrorInteractive">stderr is a terminal a person watches: only then is a progress bar drawn.</param>
internal sealed record CliStreams(
    Func<Stream> OpenStandardInput,
    Stream StandardOutput,
    TextWriter StandardError,
    bool IsErrorInteractive)
{
    public static CliStreams FromConsole() => new(
        Console.OpenStandardInput,
        Console.OpenStandardOutput(),
        Console.Error,
        // A bar redrawn with escape codes turns a redirected log or a CI transcript into noise.
        !Console.IsErrorRedirected && !IsContinuousIntegration());

    private static bool IsContinuousIntegration() =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("TF_BUILD"));
}
