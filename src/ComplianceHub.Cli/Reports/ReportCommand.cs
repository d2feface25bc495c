using System.CommandLine;

namespace ComplianceHub.Cli.Reports;

/// <summary><c>chub report</c>: PDF reports.</summary>
internal static class ReportCommand
{
    public static Command Create(CliStreams streams) =>
        new("report", "PDF 报告 PDF reports")
        {
            ReportSamplesCommand.Create(streams),
        };
}
