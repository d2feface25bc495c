using Microsoft.AspNetCore.Http.HttpResults;

namespace ComplianceHub.Server.Http;

/// <summary>The non-validation problems endpoints answer with, worded once.</summary>
public static class Problems
{
    public static ProblemHttpResult Forbidden(string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "无权访问 (forbidden)",
        detail: detail);

    public static ProblemHttpResult EnterpriseNotFound(string id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "企业不存在 (enterprise not found)",
        detail: $"未登记的企业 {id} (no enterprise is registered as {id}).");

    public static ProblemHttpResult NotFound(string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "不存在 (not found)",
        detail: detail);

    public static ProblemHttpResult Conflict(string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "冲突 (conflict)",
        detail: detail);
}
