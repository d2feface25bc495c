using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;

namespace ComplianceHub.Server.Http;

/// <summary>
/// A parameter the framework could not bind (<c>limit=ten</c>) is the client's error: answer its 4xx
/// as problem details naming the parameter, never a 500. The framework's message quotes the value
/// sent, which may be personal data, so only the parameter's name is kept.
/// </summary>
public sealed partial class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        var parameter = ParameterName().Match(badRequest.Message) is { Success: true } match ? match.Groups["name"].Value : "$";
        httpContext.Response.StatusCode = badRequest.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails =
            {
                Status = badRequest.StatusCode,
                Title = "请求参数无效 (invalid request parameter)",
                Detail = $"{parameter}: 无法解析 (could not be read as the expected type)",
                Extensions = { ["errors"] = new Dictionary<string, string[]> { [parameter] = ["无法解析 (could not be read as the expected type)"] } },
            },
        });
    }

    // e.g. Failed to bind parameter "Nullable<int> limit" from "ten".
    [GeneratedRegex("parameter \"(?:[^\"]*\\s)?(?<name>[A-Za-z_][A-Za-z0-9_]*)\"")]
    private static partial Regex ParameterName();
}
