using System.Globalization;
using System.Net.Sockets;
using Azure;
using Microsoft.AspNetCore.Diagnostics;
using Orleans.Storage;

namespace ComplianceHub.Server.Http;

/// <summary>
/// A change storage did not take (unreachable after the SDK's retries, or the stored state changed underneath the
/// grain) is neither the client's fault nor a bug: answer 503 with Retry-After so clients retry. If the state write
/// failed, the grain has gone back to what it held and reloads on the next call, and nothing of the change is
/// stored (indexes, roll-ups and evidence all follow the state write); if a later step failed, the change is
/// stored and its publish is repeated. Either way a retry with the same batch id is counted once.
/// </summary>
public sealed partial class StorageUnavailableExceptionHandler(
    IProblemDetailsService problems, ILogger<StorageUnavailableExceptionHandler> logger) : IExceptionHandler
{
    private const int RetryAfterSeconds = 2;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsStorageFailure(exception))
        {
            return false;
        }

        // The exception names table keys (enterprise ids), never submitted personal data.
        LogNotSaved(logger, exception.GetType().Name, httpContext.Request.Method, httpContext.Request.Path, exception);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "暂时无法保存，请稍后重试 (could not be saved just now; retry)",
                Detail = "存储暂不可用或状态已被并发修改，本次提交未能确认完成；请稍后以相同内容重试，同一批次只计一次。"
                    + " (Storage was unavailable or the state changed underneath this request, so it could not be confirmed."
                    + " Retry it unchanged shortly: a batch with the same id is counted once.)",
            },
        });
    }

    /// <summary>
    /// Failures of the storage account, as they reach the API from a grain call or a store: a conflict on the state
    /// row, a 5xx, or the SDK giving up its retries (an AggregateException of what each try met: requests that
    /// failed to send, and sometimes the bare socket error of a connection reset mid-request).
    /// </summary>
    internal static bool IsStorageFailure(Exception exception) => exception switch
    {
        InconsistentStateException => true,
        RequestFailedException { Status: 0 or >= 500 } => true,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(IsTryFailure),
        _ => false,
    };

    private static bool IsTryFailure(Exception exception) =>
        IsStorageFailure(exception) || exception is IOException or SocketException or HttpRequestException;

    [LoggerMessage(1, LogLevel.Warning, "Not saved ({Kind}): {Method} {Path} answered 503")]
    private static partial void LogNotSaved(ILogger logger, string kind, string method, string path, Exception exception);
}
