using ComplianceHub.Abstractions.Enterprises;
using ComplianceHub.Abstractions.Incidents;
using ComplianceHub.Domain.Incidents;
using ComplianceHub.Domain.Validation;
using ComplianceHub.Server.Enterprises;
using ComplianceHub.Server.Http;

namespace ComplianceHub.Server.Incidents;

public static class IncidentsApi
{
    public const long MaxIncidentBytes = 16 * 1024;

    public static RouteGroupBuilder MapIncidentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/enterprises/{id}/incidents").WithTags("Incidents").RequireAuthorization();
        api.MapPost("/", Report)
            .WithName("ReportIncident")
            .WithSummary("报告安全事件 (report an incident; the CAC, postal and notification clocks start at detection)")
            .Accepts<IncidentRequest>("application/json")
            .ProducesCreatedOrReplayed<IncidentResponse>()
            .ProducesAccessProblems()
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPatch("/{incidentId}", Update)
            .WithName("UpdateIncident")
            .WithSummary("更新事件处置进展 (record reports, notification, containment, closure)")
            .Accepts<IncidentPatchRequest>("application/json")
            .Produces<IncidentResponse>()
            .ProducesAccessProblems();
        return api;
    }

    private static async Task<IResult> Report(
        string id, HttpRequest request, IGrainFactory grains, TimeProvider clock, ValidationOptions validation, CancellationToken cancellationToken)
    {
        var submission = await DataSubmission.ReadAsync<IncidentRequest>(id, request, grains, MaxIncidentBytes, cancellationToken);
        if (submission.Problem is not null)
        {
            return submission.Problem;
        }

        var body = submission.Body!;
        var errors = new ProblemErrors();
        if (!IncidentKinds.TryParse(body.Kind, out var kind))
        {
            errors.Add("kind", "事件类型未知，可选 leak, trojan, label-photography, account-misuse, lost-waybills, other (unknown kind)");
        }

        if (!IncidentGrades.TryParse(body.Grade, out var grade))
        {
            errors.Add("grade", IncidentGrades.ExpectedForms);
        }

        if (body.DetectedAt is null)
        {
            errors.Add("detectedAt", "发现时间必填 (detectedAt is required, ISO 8601 with offset)");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var incident = new Incident(
            body.IncidentId ?? "", kind, grade, body.DetectedAt!.Value, body.RecordsAffected ?? 0, body.ReportedToPostalAt,
            body.ReportedToCacAt, body.IndividualsNotifiedAt, body.ContainedAt, body.ClosedAt);
        return await RecordAsync(submission, incident, isNew: true, grains, clock, validation);
    }

    private static async Task<IResult> Update(
        string id, string incidentId, HttpRequest request, IGrainFactory grains, TimeProvider clock, ValidationOptions validation,
        CancellationToken cancellationToken)
    {
        if (FieldRules.CheckId(incidentId, "incidentId", "事件编号") is { } idError)
        {
            var invalid = new ProblemErrors();
            invalid.Add(idError);
            return invalid.ToProblem();
        }

        var submission = await DataSubmission.ReadAsync<IncidentPatchRequest>(id, request, grains, MaxIncidentBytes, cancellationToken);
        if (submission.Problem is not null)
        {
            return submission.Problem;
        }

        var known = await grains.GetGrain<IEnterpriseGrain>(submission.EnterpriseId).GetIncident(incidentId);
        if (known is null)
        {
            return Problems.NotFound($"未找到事件 {incidentId} (no incident {incidentId} was reported).");
        }

        var patch = submission.Body!;
        var incident = known with
        {
            RecordsAffected = patch.RecordsAffected ?? known.RecordsAffected,
            ReportedToPostalAt = patch.ReportedToPostalAt ?? known.ReportedToPostalAt,
            ReportedToCacAt = patch.ReportedToCacAt ?? known.ReportedToCacAt,
            IndividualsNotifiedAt = patch.IndividualsNotifiedAt ?? known.IndividualsNotifiedAt,
            ContainedAt = patch.ContainedAt ?? known.ContainedAt,
            ClosedAt = patch.ClosedAt ?? known.ClosedAt,
        };
        return await RecordAsync(submission, incident, isNew: false, grains, clock, validation);
    }

    private static async Task<IResult> RecordAsync<T>(
        DataSubmission<T> submission, Incident incident, bool isNew, IGrainFactory grains, TimeProvider clock, ValidationOptions validation)
        where T : class
    {
        var errors = new ProblemErrors();
        errors.AddRange(IncidentValidator.Validate(incident, clock.GetUtcNow(), validation));

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        try
        {
            var result = await grains.GetGrain<IEnterpriseGrain>(submission.EnterpriseId).RecordIncident(new RecordIncident(incident, isNew, submission.Actor));
            var response = IncidentResponse.From(result);
            // A report sent again unchanged is a replay (200); a PATCH always answers 200.
            return isNew
                ? BatchResults.CreatedOrReplayed(!result.Changed, $"/api/v1/enterprises/{submission.EnterpriseId}/incidents/{incident.IncidentId}", response)
                : TypedResults.Ok(response);
        }
        catch (IncidentConflictException)
        {
            return Problems.Conflict($"事件 {incident.IncidentId} 已报告且内容不同，请用 PATCH 更新 (incident already reported with other facts; use PATCH).");
        }
        catch (IncidentNotFoundException)
        {
            return Problems.NotFound($"未找到事件 {incident.IncidentId} (no incident {incident.IncidentId} was reported).");
        }
    }
}
