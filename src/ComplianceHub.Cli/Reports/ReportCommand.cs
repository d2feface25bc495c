using System.CommandLine;

namespace ComplianceHub.Cli.Reports;

/// <summary><c>chub report</c>: PDF reports.</summary>
internal static class ReportCommand
{
    /// <param name="transport">How requests reach the hub: null is the network; a test passes its in-process hub's handler.</param>
    public static Command Create(CliStreams streams, Func<HttpMessageHandler>? transport = null) =>
        new("report", "PDF 报告 PDF reports")
        {
            ReportSamplesCommand.Create(streams),
            ReportSelfAssessmentCommand.Create(streams, transport),
            ReportInspectionCommand.Create(streams, transport),
            ReportJurisdictionCommand.Create(streams, transport),
            ReportVerifyCommand.Create(streams, transport),
        };
}
