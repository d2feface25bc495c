using ComplianceHub.Domain.Enterprises;
using ComplianceHub.Server.Auth;

namespace ComplianceHub.Server.Security;

/// <summary>
/// The security log: one line per refused authorization (401, 403), saying who (role and subject, or anonymous
/// and whether a token was sent), which route (its pattern, not the path typed), what target (an enterprise id or
/// inspection GUID only when it parses as one) and the caller's scope claims. Never a token, a body or a raw path,
/// so nothing a client typed (possibly a phone number in place of an id) reaches the log.
/// </summary>
public sealed partial class SecurityLogMiddleware(RequestDelegate next, ILoggerFactory loggers)
{
    /// <summary>The log category operators route to their security store.</summary>
    public const string Category = "ComplianceHub.Security";

    private readonly ILogger _log = loggers.CreateLogger(Category);

    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);
        var status = context.Response.StatusCode;
        if (status is not (StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden))
        {
            return;
        }

        var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)";
        if (context.User.Identity?.IsAuthenticated == true)
        {
            var scope = CallerScope.From(context.User);
            LogForbidden(_log, status, scope.Actor, context.Request.Method, route, Target(context), scope.Division?.ToString() ?? "-",
                scope.Enterprise?.ToString() ?? "-");
        }
        else
        {
            var token = context.Request.Headers.Authorization.Count > 0 ? "invalid-or-expired-token" : "no-token";
            LogUnauthenticated(_log, status, token, context.Request.Method, route, Target(context));
        }
    }

    private static string Target(HttpContext context)
    {
        var id = context.GetRouteValue("id") as string ?? context.GetRouteValue("code") as string;
        return id is null ? "-"
            : EnterpriseId.TryParse(id, out var enterprise, out _) ? enterprise.ToString()
            : Guid.TryParse(id, out var inspection) ? inspection.ToString("D")
            : id.Length <= 6 && id.All(char.IsAsciiDigit) ? id
            : "(unparsed)";
    }

    [LoggerMessage(1, LogLevel.Warning, "Authorization refused {Status}: {Actor} {Method} {Route} target={Target} division={Division} enterprise={Enterprise}")]
    private static partial void LogForbidden(ILogger logger, int status, string actor, string method, string route, string target, string division, string enterprise);

    [LoggerMessage(2, LogLevel.Warning, "Authentication refused {Status}: anonymous ({Token}) {Method} {Route} target={Target}")]
    private static partial void LogUnauthenticated(ILogger logger, int status, string token, string method, string route, string target);
}
