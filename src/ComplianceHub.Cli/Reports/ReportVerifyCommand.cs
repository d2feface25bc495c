using System.CommandLine;
using System.Globalization;
using System.Text;
using ComplianceHub.Cli.Hub;

namespace ComplianceHub.Cli.Reports;

/// <summary>
/// <c>chub report verify FILE --report-id ID</c>: asks the hub whether FILE is byte for byte the report it issued
/// under ID (POST /api/v1/reports/{id}/verify; no token needed, as for anyone holding a printed report).
/// </summary>
/// <remarks>
/// stdout: <c>key: value</c> lines of the issued record and <c>matches: true|false</c>. Exit 0 it is the issued
/// report; 3 it is not (altered, or another report); 2 FILE unreadable or the hub refused (unknown id, bad id);
/// 1 the hub failed or could not be reached.
/// </remarks>
internal static class ReportVerifyCommand
{
    public static Command Create(CliStreams streams, Func<HttpMessageHandler>? transport)
    {
        var file = new Argument<string>("FILE") { Description = "要核验的 PDF the PDF to check" };
        var reportId = new Option<string>("--report-id")
        {
            Description = "报告编号 report id (印在报告页脚和核验地址中 printed in the footer and the verification URL)",
            Required = true,
        };
        var hub = new HubOptions();
        var command = new Command("verify", "核验 PDF 是否为签发件 check a PDF is the one the hub issued") { file, reportId };
        hub.AddTo(command);
        command.SetAction((parsed, cancellationToken) =>
            RunAsync(hub.Read(parsed), parsed.GetRequiredValue(file), parsed.GetRequiredValue(reportId), streams, transport, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(
        HubSettings settings, string file, string reportId, CliStreams streams, Func<HttpMessageHandler>? transport, CancellationToken cancellationToken)
    {
        var error = streams.StandardError;
        byte[] pdf;
        try
        {
            pdf = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"无法读取 cannot read {file}: {e.Message}");
            error.Flush();
            return ExitCodes.BadInput;
        }

        using var http = settings.CreateHttpClient(ReportDownload.RequestTimeout, transport, out var hubError);
        if (http is null)
        {
            error.WriteLine(hubError);
            error.Flush();
            return ExitCodes.BadInput;
        }

        var (answer, failure) = await new ReportHubClient(http).VerifyAsync(reportId, pdf, cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            failure.WriteTo(error);
            error.Flush();
            return failure.ExitCode;
        }

        var matches = answer!.Matches == true;
        var lines = string.Create(CultureInfo.InvariantCulture, $"""
            reportId: {answer.ReportId}
            kind: {answer.Kind}
            subject: {answer.Subject}
            issuedAt: {answer.IssuedAt:O}
            issuedSha256: {answer.IssuedSha256}
            submittedSha256: {answer.SubmittedSha256}
            evidenceSeq: {answer.EvidenceSeq}
            matches: {(matches ? "true" : "false")}

            """);
        streams.StandardOutput.Write(Encoding.UTF8.GetBytes(lines));
        streams.StandardOutput.Flush();
        error.WriteLine(answer.Message);
        error.Flush();
        return matches ? ExitCodes.Ok : ExitCodes.NotVerified;
    }
}
