using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Orleans.Runtime;

namespace ComplianceHub.Server.Http;

/// <summary>
/// A grain call that failed because the silo holding the grain died, or the cluster has not yet noticed that it did,
/// is the cluster's hiccup, not the client's error or a bug: 503 with Retry-After. Until membership declares the silo
/// dead (a few seconds, see <see cref="Hosting.MembershipSetup"/>) calls to its grains are rejected; after that the grains
/// activate on a surviving silo. A change that was refused was not stored, and a retried batch id is counted once.
/// </summary>
public sealed partial class ClusterUnavailableExceptionHandler(
    IProblemDetailsService problems, ILogger<ClusterUnavailableExceptionHandler> logger) : IExceptionHandler
{
    private const int RetryAfterSeconds = 2;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsClusterFailure(exception))
        {
            return false;
        }

        var route = (httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint as RouteEndpoint)?.RoutePattern.RawText ?? "-";
        LogClusterFailure(logger, exception.GetType().Name, httpContext.Request.Method, route);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "服务节点切换中，请稍后重试 (a cluster node is changing over; retry)",
                Detail = "处理该企业的服务节点刚刚停止，集群正在转移；本次请求未完成，请稍后以相同内容重试，同一批次只计一次。"
                    + " (The node serving this enterprise just stopped and the cluster is moving it; the request did not complete."
                    + " Retry it unchanged shortly: a batch with the same id is counted once.)",
            },
        });
    }

    /// <summary>Rejections by a dead or leaving silo, a gateway that went away, and a grain call that timed out waiting for one.</summary>
    internal static bool IsClusterFailure(Exception exception) => exception switch
    {
        OrleansMessageRejectionException or SiloUnavailableException or GatewayTooBusyException => true,
        Orleans.Runtime.Messaging.ConnectionFailedException or Orleans.Networking.Shared.SocketConnectionException => true,
        TimeoutException => true,
        OrleansException { InnerException: { } inner } => IsClusterFailure(inner),
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(IsClusterFailure),
        _ => false,
    };

    [LoggerMessage(1, LogLevel.Warning, "Cluster failure ({Kind}): {Method} {Route} answered 503")]
    private static partial void LogClusterFailure(ILogger logger, string kind, string method, string route);
}
