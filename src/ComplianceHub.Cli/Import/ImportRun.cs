using System.Globalization;
using System.Text;
using System.Text.Json;
using ComplianceHub.Cli.Hub;
using ComplianceHub.Domain.Validation;

namespace ComplianceHub.Cli.Import;

/// <summary>The steps every <c>chub import</c> shares: read the file, report row errors, print a dry run, send.</summary>
internal static class ImportRun
{
    /// <summary>All rows of the file, or null after printing why it cannot be read.</summary>
    public static IReadOnlyList<SheetRow>? ReadRows(ImportSettings settings, CliStreams streams)
    {
        try
        {
            return ImportProgressDisplay.Run(streams, "读取 reading rows", total: null, progress => SheetFile.ReadAll(settings.File, progress));
        }
        catch (SheetReadException e)
        {
            streams.StandardError.WriteLine(e.Message);
            return null;
        }
    }

    /// <summary>Every error, in row order, then the promise that nothing left the machine.</summary>
    public static int ReportErrors(IReadOnlyList<RowError> errors, TextWriter error)
    {
        foreach (var rowError in errors)
        {
            error.WriteLine(rowError);
        }

        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"共 {errors.Count} 处错误，未发送任何数据 {errors.Count} error(s); nothing was sent"));
        error.Flush();
        return ExitCodes.BadInput;
    }

    /// <summary>The JSON that would be sent, indented, on stdout; nothing is sent.</summary>
    public static int WriteDryRun<T>(T body, string summary, CliStreams streams)
    {
        var json = JsonSerializer.Serialize(body, ImportJson.Indented) + "\n";
        streams.StandardOutput.Write(Encoding.UTF8.GetBytes(json));
        streams.StandardOutput.Flush();
        streams.StandardError.WriteLine($"试运行，未发送 dry run, nothing sent: {summary}");
        streams.StandardError.Flush();
        return ExitCodes.Ok;
    }

    /// <summary>
    /// Sends the requests in order and stops at the first that fails: 4xx is exit 2 (with the hub's field errors
    /// mapped back to rows), 5xx or no connection exit 1. Requests already accepted stay accepted; their
    /// batchIds make a rerun of the whole file safe.
    /// </summary>
    public static async Task<int> SendAsync<T>(
        ImportSettings settings,
        CliStreams streams,
        IReadOnlyList<T> requests,
        Func<IHubClient, T, CancellationToken, Task<(HubAcceptance? Accepted, HubFailure? Failure)>> send,
        Func<T, string> describe,
        Func<int, FieldErrorLocator> locatorOf,
        CancellationToken cancellationToken)
    {
        var error = streams.StandardError;
        using var http = settings.Hub.CreateHttpClient(ImportSettings.RequestTimeout, transport: null, out var hubError);
        if (http is null)
        {
            error.WriteLine(hubError);
            return ExitCodes.BadInput;
        }

        var hub = new HubClient(http);
        var (sent, failure) = await ImportProgressDisplay.RunAsync(streams, "发送 sending", requests.Count, async progress =>
        {
            for (var i = 0; i < requests.Count; i++)
            {
                var (accepted, failed) = await send(hub, requests[i], cancellationToken).ConfigureAwait(false);
                if (failed is not null)
                {
                    return (i, failed);
                }

                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"已发送 sent {describe(requests[i])}: {accepted!.Status}"));
                progress?.Report(i + 1);
            }

            return (requests.Count, (HubFailure?)null);
        }).ConfigureAwait(false);

        if (failure is null)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"完成 done: {sent}/{requests.Count} 已发送 sent to {http.BaseAddress}"));
            error.Flush();
            return ExitCodes.Ok;
        }

        WriteFailure(error, failure, describe(requests[sent]), locatorOf(sent));
        error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"已发送 {sent}/{requests.Count}，其余未发送；修正后重新导入整个文件是安全的 sent {sent} of {requests.Count}, the rest not sent; rerunning the whole file is safe"));
        error.Flush();
        return failure.ExitCode;
    }

    private static void WriteFailure(TextWriter error, HubFailure failure, string request, FieldErrorLocator locator)
    {
        if (failure.Status is not { } status)
        {
            error.WriteLine($"{request}: {failure.Message}");
            return;
        }

        var what = failure.IsRejection ? "hub 拒绝 rejected" : "hub 出错 failed";
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{request}: {what} ({status}) {failure.Message}"));
        if (status is 401 or 403)
        {
            error.WriteLine("  请检查 --token / CHUB_TOKEN 及其企业权限 check --token / CHUB_TOKEN and its enterprise");
        }

        foreach (var (field, messages) in failure.Errors)
        {
            foreach (var message in messages)
            {
                var fieldError = new FieldError(field, message);
                error.WriteLine(locator.LocateElement(fieldError) is { } row ? $"  {row} [{field}]" : $"  {fieldError}");
            }
        }
    }
}
