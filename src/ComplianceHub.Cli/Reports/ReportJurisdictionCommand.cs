using System.CommandLine;
using ComplianceHub.Cli.Hub;

namespace ComplianceHub.Cli.Reports;

/// <summary>
/// <c>chub report jurisdiction CODE</c>: downloads the jurisdiction report of a division as the hub issues it
/// (GET /api/v1/jurisdictions/{code}/report.pdf); see <see cref="ReportDownload"/>.
/// </summary>
internal static class ReportJurisdictionCommand
{
    public static Command Create(CliStreams streams, Func<HttpMessageHandler>? transport)
    {
        var code = new Argument<string>("CODE") { Description = "行政区划代码 division code, e.g. 330782" };
        var hub = new HubOptions();
        var output = ReportDownload.CreateOutputOption();
        var command = new Command("jurisdiction", "下载签发的辖区报告 download the issued jurisdiction report") { code, output };
        hub.AddTo(command);
        command.SetAction((parsed, cancellationToken) =>
        {
            var division = parsed.GetRequiredValue(code);
            return ReportDownload.RunAsync(
                hub.Read(parsed),
                $"api/v1/jurisdictions/{Uri.EscapeDataString(division)}/report.pdf",
                parsed.GetValue(output),
                $"jurisdiction-{division}",
                streams,
                transport,
                cancellationToken);
        });
        return command;
    }
}
