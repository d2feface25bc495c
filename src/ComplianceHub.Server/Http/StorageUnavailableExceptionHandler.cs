using System.Globalization;
using System.Net.Sockets;
using Azure;
using Microsoft.AspNetCore.Diagnostics;
using Orleans.Runtime;
using Orleans.Storage;

namespace ComplianceHub.Server.Http;

/// <summary>
/// A request storage did not serve (unreachable after the SDK's retries, or the stored state changed underneath the
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
        LogStorageFailure(logger, exception.GetType().Name, httpContext.Request.Method, httpContext.Request.Path, exception);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "存储暂不可用，请稍后重试 (storage unavailable just now; retry)",
                Detail = "存储暂不可用或状态已被并发修改，本次请求未能完成；请稍后以相同内容重试，同一批次只计一次。"
                    + " (Storage was unavailable or the state changed underneath this request, so it did not complete."
                    + " Retry it unchanged shortly: a batch with the same id is counted once.)",
            },
        });
    }

    /// <summary>
    /// Failures of the storage account, as they reach the API from a grain call or a store: a conflict on the state
    /// row, a 5xx, the SDK giving up its retries (an AggregateException of what each try met), or a transport error
    /// the SDK let through as it was (a socket reset while connecting). The hub makes no other outbound calls, so a
    /// transport error here is storage's. Orleans wraps what a grain's state read or write threw ("Error from
    /// storage provider … during ReadStateAsync"), so a grain that cannot activate for want of its state is one too.
    /// </summary>
    internal static bool IsStorageFailure(Exception exception) => exception switch
    {
        InconsistentStateException => true,
        RequestFailedException { Status: 0 or >= 500 } => true,
        IOException or SocketException or HttpRequestException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(IsStorageFailure),
        OrleansException { InnerException: { } inner } => IsStorageFailure(inner),
        _ => false,
    };

    [LoggerMessage(1, LogLevel.Warning, "Storage failure ({Kind}): {Method} {Path} answered 503")]
    private static partial void LogStorageFailure(ILogger logger, string kind, string method, string path, Exception exception);
}
