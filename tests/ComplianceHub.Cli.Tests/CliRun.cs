using System.Text;

namespace ComplianceHub.Cli.Tests;

/// <summary>Runs <c>chub</c> in-process, exactly as Program does, on a given stdin with captured stdout and stderr.</summary>
internal static class CliRun
{
    public static CliResult Invoke(string stdin, params string[] args)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(stdin));
        using var output = new MemoryStream();
        var exitCode = Invoke(input, output, out var stderr, args);
        return new CliResult(exitCode, Encoding.UTF8.GetString(output.ToArray()), stderr);
    }

    public static int Invoke(Stream stdin, Stream stdout, out string stderr, params string[] args)
    {
        using var error = new StringWriter();
        var streams = new CliStreams(() => stdin, stdout, error, IsErrorInteractive: false);
        var exitCode = ChubCommand.Run(args, streams);
        stderr = error.ToString();
        return exitCode;
    }
}
