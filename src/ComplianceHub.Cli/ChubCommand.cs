using System.CommandLine;
using System.Text;
using ComplianceHub.Cli.Import;
using ComplianceHub.Cli.Labels;
using ComplianceHub.Cli.Reports;

namespace ComplianceHub.Cli;

/// <summary>The root command <c>chub</c> and the one way it is run, from Program and from tests alike.</summary>
internal static class ChubCommand
{
    /// <param name="hubTransport">How report commands reach the hub: null is the network; a test passes its in-process hub's handler.</param>
    public static RootCommand Create(CliStreams streams, Func<HttpMessageHandler>? hubTransport = null) =>
        new("chub: ComplianceHub 命令行工具 command-line companion of the hub")
        {
            LabelsCommand.Create(streams),
            ImportCommand.Create(streams),
            ReportCommand.Create(streams, hubTransport),
            Evidence.EvidenceCommand.Create(streams, hubTransport),
        };

    public static int Run(string[] args, CliStreams streams, Func<HttpMessageHandler>? hubTransport = null)
    {
        var parsed = Create(streams, hubTransport).Parse(args);

        // Help and usage errors go to the same streams as everything else, so tests see them too.
        using var output = new StreamWriter(streams.StandardOutput, new UTF8Encoding(false), leaveOpen: true);
        var exitCode = parsed.Invoke(new InvocationConfiguration { Output = output, Error = streams.StandardError });
        output.Flush();

        // System.CommandLine reports a usage error with 1; here every input the caller got wrong is 2.
        return parsed.Errors.Count > 0 ? ExitCodes.BadInput : exitCode;
    }
}
