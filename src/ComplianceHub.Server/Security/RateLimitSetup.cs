using System.Globalization;
using System.Threading.RateLimiting;
using ComplianceHub.Server.Auth;
using Microsoft.AspNetCore.RateLimiting;

namespace ComplianceHub.Server.Security;

/// <summary>
/// Per-token and per-address request budgets with ASP.NET Core's rate limiter. A caller over its budget gets 429 with
/// Retry-After and a problem document; nothing it sent is read, so nothing of it is stored.
/// </summary>
public static class RateLimitSetup
{
    /// <summary>The policy of the anonymous PDF verification upload, on top of the per-address budget.</summary>
    public const string VerifyUploadPolicy = "verify-upload";

    public static IServiceCollection AddComplianceHubRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitOptions.SectionName).Get<RateLimitOptions>() ?? new RateLimitOptions();
        if (options.Problems() is { Count: > 0 } problems)
        {
            throw new InvalidOperationException($"{RateLimitOptions.SectionName}: must be at least 1: {string.Join(", ", problems)}");
        }

        services.AddSingleton(options);
        services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, options));
            limiter.AddPolicy(VerifyUploadPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                "verify:" + Address(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.VerifyUploadsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            limiter.OnRejected = RejectAsync;
        });
        return services;
    }

    /// <summary>A caller with a valid token is budgeted by its identity (however many addresses it uses); others by address.</summary>
    private static RateLimitPartition<string> Partition(HttpContext context, RateLimitOptions options)
    {
        var authenticated = context.User.Identity?.IsAuthenticated == true;
        var key = authenticated ? "token:" + CallerScope.From(context.User).Actor : "address:" + Address(context);
        var (perSecond, burst) = authenticated ? (options.PerTokenPerSecond, options.PerTokenBurst) : (options.AnonymousPerSecond, options.AnonymousBurst);
        return RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = perSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "请求过于频繁 (too many requests)",
                Detail = $"请 {retryAfter} 秒后重试；批次号相同的重试只计一次。(Retry after {retryAfter} s; a retried batch id is counted once.)",
            },
        });
    }
}
