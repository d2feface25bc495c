using ComplianceHub.Abstractions.Enterprises;
using ComplianceHub.Abstractions.People;
using ComplianceHub.Domain.Validation;
using ComplianceHub.Server.Enterprises;
using ComplianceHub.Server.Http;
using ComplianceHub.Storage.Diagnostics;

namespace ComplianceHub.Server.People;

public static class PeopleApi
{
    /// <summary>A roster of 100,000 staff at ~300 bytes a row, with headroom.</summary>
    public const long MaxRosterBytes = 32 * 1024 * 1024;

    public const long MaxTrainingBytes = 4 * 1024 * 1024;

    public static RouteGroupBuilder MapPeopleApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/enterprises/{id}").WithTags("People").RequireAuthorization();
        api.MapPut("/staff", PutRoster)
            .WithName("PutStaffRoster")
            .WithSummary("上传完整人员名单 (replace the staff roster: joins, departures, NDA changes become evidence)")
            .Accepts<StaffRosterRequest>("application/json")
            .Produces<RosterResult>()
            .ProducesAccessProblems();
        api.MapPost("/trainings", PostTraining)
            .WithName("PostTraining")
            .WithSummary("登记一次个人信息保护培训 (record a training session)")
            .Accepts<TrainingRequest>("application/json")
            .ProducesCreatedOrReplayed<TrainingResult>()
            .ProducesAccessProblems();
        return api;
    }

    private static async Task<IResult> PutRoster(
        string id, HttpRequest request, IGrainFactory grains, ContentDigests digests, TimeProvider clock, ValidationOptions validation,
        CancellationToken cancellationToken)
    {
        var submission = await DataSubmission.ReadAsync<StaffRosterRequest>(id, request, grains, MaxRosterBytes, cancellationToken);
        if (submission.Problem is not null)
        {
            return submission.Problem;
        }

        var errors = new ProblemErrors();
        var roster = StaffRosterMapper.ToRoster(submission.Body!, clock.GetUtcNow(), validation, errors);
        if (roster is null)
        {
            return errors.ToProblem();
        }

        var grain = grains.GetGrain<IEnterpriseGrain>(submission.EnterpriseId);
        var result = await grain.ReplaceRoster(new ReplaceRoster(submission.Body!.BatchId!, roster, submission.Actor, digests.Of(submission.Body!)));
        HubMetrics.Batch(BatchKind.Roster, result.Replayed);
        return TypedResults.Ok(result);
    }

    private static async Task<IResult> PostTraining(
        string id, HttpRequest request, IGrainFactory grains, ContentDigests digests, TimeProvider clock, ValidationOptions validation, CancellationToken cancellationToken)
    {
        var submission = await DataSubmission.ReadAsync<TrainingRequest>(id, request, grains, MaxTrainingBytes, cancellationToken);
        if (submission.Problem is not null)
        {
            return submission.Problem;
        }

        var grain = grains.GetGrain<IEnterpriseGrain>(submission.EnterpriseId);
        var errors = new ProblemErrors();
        var session = TrainingMapper.ToSession(submission.Body!, await grain.GetRoster(), clock.GetUtcNow(), validation, errors);
        if (session is null)
        {
            return errors.ToProblem();
        }

        var result = await grain.RecordTraining(new RecordTraining(session, submission.Actor, digests.Of(submission.Body!)));
        return BatchResults.CreatedOrReplayed(BatchKind.Training, result.Replayed, $"/api/v1/enterprises/{submission.EnterpriseId}/findings", result);
    }
}
