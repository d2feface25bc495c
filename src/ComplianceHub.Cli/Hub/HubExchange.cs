using System.Net.Http.Json;
using System.Text.Json;
using ComplianceHub.Cli.Import;

namespace ComplianceHub.Cli.Hub;

/// <summary>
/// One request to the hub, for every command: a 2xx is read by the caller, anything else comes back as a
/// <see cref="HubFailure"/> worded from the hub's problem details (never an exception), so a command can print it
/// and pick its exit code.
/// </summary>
internal static class HubExchange
{
    public static async Task<(T? Value, HubFailure? Failure)> SendAsync<T>(
        HttpClient http,
        Func<HttpRequestMessage> createRequest,
        Func<HttpResponseMessage, CancellationToken, Task<(T?, HubFailure?)>> read,
        CancellationToken cancellationToken)
        where T : class
    {
        using var request = createRequest();
        try
        {
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return response.IsSuccessStatusCode
                ? await read(response, cancellationToken).ConfigureAwait(false)
                : (null, await FailureOfAsync(response, cancellationToken).ConfigureAwait(false));
        }
        catch (HttpRequestException e)
        {
            return (null, HubFailure.Unreachable($"无法连接 hub cannot reach the hub at {http.BaseAddress}: {e.Message}"));
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, HubFailure.Unreachable(FormattableString.Invariant(
                $"hub 未在 {http.Timeout.TotalSeconds:0} 秒内答复 the hub at {http.BaseAddress} did not answer within {http.Timeout.TotalSeconds:0} s")));
        }
    }

    public static async Task<HubFailure> FailureOfAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        HubProblem? problem = null;
        try
        {
            problem = await response.Content.ReadFromJsonAsync<HubProblem>(ImportJson.Wire, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
        {
            // Not problem details (a proxy's HTML page, an empty 401 body): the status line says enough.
        }

        var message = problem?.Title ?? DefaultTitle((int)response.StatusCode) ?? response.ReasonPhrase ?? "";
        if (problem?.Detail is { Length: > 0 } detail)
        {
            message = $"{message}: {detail}";
        }

        return new HubFailure((int)response.StatusCode, message, problem?.Errors ?? new Dictionary<string, string[]>());
    }

    /// <summary>The hub answers 401 without a body (the JWT handler's challenge), so the CLI words it.</summary>
    private static string? DefaultTitle(int status) => status switch
    {
        401 => "未认证：缺少或无效的令牌 (unauthorized: missing or invalid token)",
        403 => "无权访问 (forbidden)",
        404 => "不存在 (not found)",
        _ => null,
    };
}
