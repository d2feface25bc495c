using ComplianceHub.Abstractions.Enterprises;
using Microsoft.AspNetCore.Diagnostics;

namespace ComplianceHub.Server.Http;

/// <summary>Every batch endpoint answers a reused batch id with other content the same way: 409 naming the id.</summary>
public sealed class BatchConflictExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BatchConflictException conflict)
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status409Conflict;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails =
            {
                Status = StatusCodes.Status409Conflict,
                Title = "批次号已被占用 (batchId already used)",
                Detail = conflict.Message,
                Extensions = { ["errors"] = new Dictionary<string, string[]> { ["batchId"] = [conflict.Message] } },
            },
        });
    }
}
