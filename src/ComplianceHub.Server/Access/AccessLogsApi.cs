using ComplianceHub.Abstractions.Access;
using ComplianceHub.Abstractions.Enterprises;
using ComplianceHub.Domain.Validation;
using ComplianceHub.Server.Enterprises;
using ComplianceHub.Server.Http;
using ComplianceHub.Storage.Diagnostics;

namespace ComplianceHub.Server.Access;

public static class AccessLogsApi
{
    /// <summary>100,000 lines of ~150 bytes, with headroom.</summary>
    public const long MaxBatchBytes = 24 * 1024 * 1024;

    public static RouteGroupBuilder MapAccessLogsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/enterprises/{id}").WithTags("Access").RequireAuthorization();
        api.MapPost("/access-logs", PostBatch)
            .WithName("PostAccessLogs")
            .WithSummary("提交系统访问日志 (submit account access logs: cross-outlet, after-departure, bulk and night use are detected)")
            .Accepts<AccessLogBatchRequest>("application/json")
            .ProducesCreatedOrReplayed<AccessLogResult>()
            .ProducesAccessProblems()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return api;
    }

    private static async Task<IResult> PostBatch(
        string id, HttpRequest request, IGrainFactory grains, ContentDigests digests, TimeProvider clock, ValidationOptions validation,
        CancellationToken cancellationToken)
    {
        var submission = await DataSubmission.ReadAsync<AccessLogBatchRequest>(id, request, grains, MaxBatchBytes, cancellationToken);
        if (submission.Problem is not null)
        {
            return submission.Problem;
        }

        var errors = new ProblemErrors();
        var records = AccessLogMapper.ToRecords(submission.Body!, clock.GetUtcNow(), validation, errors);
        if (records is null)
        {
            return errors.ToProblem();
        }

        var grain = grains.GetGrain<IEnterpriseGrain>(submission.EnterpriseId);
        var result = await grain.RecordAccessLogs(new RecordAccessLogs(submission.Body!.BatchId!, records, submission.Actor, digests.Of(submission.Body!)));
        return BatchResults.CreatedOrReplayed(BatchKind.AccessLog, result.Replayed, $"/api/v1/enterprises/{submission.EnterpriseId}/findings", result);
    }
}
