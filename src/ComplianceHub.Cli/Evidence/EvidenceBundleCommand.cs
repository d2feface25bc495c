using System.CommandLine;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using ComplianceHub.Cli.Hub;

namespace ComplianceHub.Cli.Evidence;

/// <summary>
/// <c>chub evidence bundle ENTERPRISE_ID --reason TEXT [--case NUMBER] [--from N] [--to N] [--tree-head FILE] [-o FILE]</c>:
/// downloads an evidence bundle (POST /api/v1/enterprises/{id}/evidence/bundles) into a temporary file, moved into
/// place only when the download completed and verifies offline. Exit 0 saved; 2 bad option or the hub refused
/// (4xx, its problem printed); 1 the hub failed, could not be reached, or the download does not verify.
/// </summary>
internal static class EvidenceBundleCommand
{
    public static Command Create(CliStreams streams, Func<HttpMessageHandler>? transport)
    {
        var enterprise = new Argument<string>("ENTERPRISE_ID") { Description = "企业编号 enterprise id" };
        var reason = new Option<string>("--reason") { Description = "调取事由 why the bundle is taken", Required = true };
        var caseNumber = new Option<string?>("--case") { Description = "案号 case number" };
        var from = new Option<long?>("--from") { Description = "起始条目 first entry (默认 default 1)" };
        var to = new Option<long?>("--to") { Description = "截止条目 last entry (默认 default: the signed head)" };
        var treeHead = new Option<string?>("--tree-head") { Description = "此前保存的树头 JSON，用于一致性证明 a tree head saved earlier (JSON), proved consistent" };
        var output = new Option<string?>("-o", "--output") { Description = "输出文件 output file" };
        var hub = new HubOptions();
        var command = new Command("bundle", "下载证据包 download an evidence bundle") { enterprise, reason, caseNumber, from, to, treeHead, output };
        hub.AddTo(command);
        command.SetAction((parsed, ct) => RunAsync(
            hub.Read(parsed), parsed.GetRequiredValue(enterprise), parsed.GetRequiredValue(reason), parsed.GetValue(caseNumber), parsed.GetValue(from),
            parsed.GetValue(to), parsed.GetValue(treeHead), parsed.GetValue(output), streams, transport, ct));
        return command;
    }

    public static async Task<int> RunAsync(
        HubSettings settings, string enterpriseId, string reason, string? caseNumber, long? from, long? to, string? treeHeadFile, string? output,
        CliStreams streams, Func<HttpMessageHandler>? transport, CancellationToken cancellationToken)
    {
        var error = streams.StandardError;
        System.Text.Json.JsonElement? head = null;
        try
        {
            if (treeHeadFile is not null) head = System.Text.Json.JsonDocument.Parse(await File.ReadAllBytesAsync(treeHeadFile, cancellationToken)).RootElement;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            error.WriteLine($"无法读取树头 cannot read the tree head {treeHeadFile}: {e.Message}");
            error.Flush();
            return ExitCodes.BadInput;
        }

        using var http = settings.CreateHttpClient(TimeSpan.FromMinutes(30), transport, out var hubError);
        if (http is null)
        {
            error.WriteLine(hubError);
            error.Flush();
            return ExitCodes.BadInput;
        }

        var target = output ?? $"evidence-{enterpriseId}.zip";
        var partial = target + ".part";
        try
        {
            var body = new { from, to, caseNumber, reason, treeHead = head };
            using var request = new HttpRequestMessage(HttpMethod.Post, $"api/v1/enterprises/{Uri.EscapeDataString(enterpriseId)}/evidence/bundles")
            {
                Content = JsonContent.Create(body),
            };
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                var failure = await HubExchange.FailureOfAsync(response, cancellationToken);
                failure.WriteTo(error);
                error.Flush();
                return failure.ExitCode;
            }

            await using (var file = File.Create(partial))
            {
                await response.Content.CopyToAsync(file, cancellationToken);
            }

            // Saved only if it verifies with its own key: a cut connection or a damaged download never becomes the file.
            using var quiet = new StringWriter();
            if (EvidenceVerifyCommand.Run(partial, null, streams with { StandardOutput = Stream.Null, StandardError = quiet }) != ExitCodes.Ok)
            {
                File.Delete(partial);
                error.WriteLine("下载的证据包未通过核验 the downloaded bundle does not verify: " + quiet.ToString().Trim());
                error.Flush();
                return ExitCodes.Failed;
            }

            File.Move(partial, target, overwrite: true);
        }
        catch (HttpRequestException e)
        {
            if (File.Exists(partial)) File.Delete(partial);
            error.WriteLine($"无法连接 hub unreachable: {e.Message}");
            error.Flush();
            return ExitCodes.Failed;
        }

        streams.StandardOutput.Write(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"file: {target}\n")));
        streams.StandardOutput.Flush();
        return ExitCodes.Ok;
    }
}
