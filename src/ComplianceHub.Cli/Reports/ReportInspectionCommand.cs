using System.CommandLine;
using ComplianceHub.Cli.Hub;

namespace ComplianceHub.Cli.Reports;

/// <summary>
/// <c>chub report inspection INSPECTION_ID --authority postal|cyberspace</c>: downloads the inspection report as the
/// hub issues it (GET /api/v1/inspections/{id}/report.pdf?authority=); see <see cref="ReportDownload"/>.
/// </summary>
internal static class ReportInspectionCommand
{
    public static Command Create(CliStreams streams, Func<HttpMessageHandler>? transport)
    {
        var inspection = new Argument<string>("INSPECTION_ID") { Description = "检查编号 inspection id" };
        var authority = new Option<string>("--authority")
        {
            Description = "出具机关 issuing authority: postal（邮政管理部门）或 or cyberspace（网信部门）",
            Required = true,
        };
        authority.AcceptOnlyFromAmong("postal", "cyberspace");
        var hub = new HubOptions();
        var output = ReportDownload.CreateOutputOption();
        var command = new Command("inspection", "下载签发的检查报告 download the issued inspection report") { inspection, authority, output };
        hub.AddTo(command);
        command.SetAction((parsed, cancellationToken) =>
        {
            var id = parsed.GetRequiredValue(inspection);
            var by = parsed.GetRequiredValue(authority);
            return ReportDownload.RunAsync(
                hub.Read(parsed),
                $"api/v1/inspections/{Uri.EscapeDataString(id)}/report.pdf?authority={by}",
                parsed.GetValue(output),
                $"inspection-{by}-{id}",
                streams,
                transport,
                cancellationToken);
        });
        return command;
    }
}
