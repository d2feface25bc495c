using ComplianceHub.Server.Http;
using ComplianceHub.Server.Security;

namespace ComplianceHub.Server.Hosting;

public static class HttpSetup
{
    /// <summary>The hub's absolute ceiling on any request body; endpoints set tighter ones of their own.</summary>
    public const long MaxRequestBodyBytes = 32 * 1024 * 1024;

    public static WebApplicationBuilder AddComplianceHubHttp(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        builder.Services.AddExceptionHandler<StorageUnavailableExceptionHandler>();
        builder.Services.AddExceptionHandler<ClusterUnavailableExceptionHandler>();
        builder.Services.AddExceptionHandler<BatchConflictExceptionHandler>();
        builder.Services.AddSingleton<ContentDigests>();
        builder.Services.AddOpenApi();
        builder.Services.AddComplianceHubRateLimits(builder.Configuration);
        return builder;
    }

    /// <summary>
    /// Problem details for everything: a change storage could not take becomes a 503 to retry, any other
    /// unhandled exception a 500 problem without a stack trace, and an empty 4xx (e.g. 401 from the bearer
    /// handler) gets a problem body too. Every refused authorization is written to the security log; the rate
    /// limiter runs after authentication, so a token's budget follows its identity.
    /// </summary>
    public static WebApplication UseComplianceHubHttp(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<SecurityLogMiddleware>();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }
}
