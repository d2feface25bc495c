using System.CommandLine;
using ComplianceHub.Cli.Hub;

namespace ComplianceHub.Cli.Reports;

/// <summary>
/// <c>chub report self-assessment ENTERPRISE_ID</c>: downloads the enterprise's self-assessment report as the hub
/// issues it (GET /api/v1/enterprises/{id}/self-assessment.pdf); see <see cref="ReportDownload"/> for output and exit codes.
/// </summary>
internal static class ReportSelfAssessmentCommand
{
    public static Command Create(CliStreams streams, Func<HttpMessageHandler>? transport)
    {
        var enterprise = new Argument<string>("ENTERPRISE_ID") { Description = "企业编号 enterprise id (USCC 或 or USCC-OUTLET)" };
        var hub = new HubOptions();
        var output = ReportDownload.CreateOutputOption();
        var command = new Command("self-assessment", "下载签发的企业自查报告 download the issued self-assessment report") { enterprise, output };
        hub.AddTo(command);
        command.SetAction((parsed, cancellationToken) =>
        {
            var id = parsed.GetRequiredValue(enterprise);
            return ReportDownload.RunAsync(
                hub.Read(parsed),
                $"api/v1/enterprises/{Uri.EscapeDataString(id)}/self-assessment.pdf",
                parsed.GetValue(output),
                $"self-assessment-{id}",
                streams,
                transport,
                cancellationToken);
        });
        return command;
    }
}
