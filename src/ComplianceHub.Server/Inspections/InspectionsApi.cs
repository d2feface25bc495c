using ComplianceHub.Abstractions.Enterprises;
using ComplianceHub.Abstractions.Inspections;
using ComplianceHub.Domain.Compliance;
using ComplianceHub.Domain.Divisions;
using ComplianceHub.Domain.Enterprises;
using ComplianceHub.Domain.Inspections;
using ComplianceHub.Domain.Validation;
using ComplianceHub.Server.Auth;
using ComplianceHub.Server.Http;

namespace ComplianceHub.Server.Inspections;

/// <summary>
/// Inspections by the postal and cyberspace administrations: plan, answer the checklist, record findings,
/// order rectification (责令改正), take the enterprise's rectification evidence, verify it in a follow-up,
/// close. Each accepted step is an evidence entry on the enterprise's log; a closed inspection is frozen.
/// </summary>
public static class InspectionsApi
{
    public const long MaxBodyBytes = 64 * 1024;

    public const int MaxAnswersPerBatch = 100;

    public static RouteGroupBuilder MapInspectionsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/inspections").WithTags("Inspections").RequireAuthorization();
        api.MapPost("/", Open)
            .WithName("OpenInspection")
            .WithSummary("开立检查 (plan an inspection; regulators of the authority and division only)")
            .Accepts<OpenInspectionRequest>("application/json")
            .Produces<InspectionResponse>(StatusCodes.Status201Created)
            .Produces<InspectionResponse>()
            .ProducesAccessProblems()
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/{id}", Get)
            .WithName("GetInspection")
            .WithSummary("检查详情，整改状态按当前时间计算 (an inspection; order statuses as of now)")
            .Produces<InspectionResponse>()
            .ProducesAccessProblems();
        Write(api.MapPut("/{id}/checklist", AnswerChecklist), "AnswerInspectionChecklist", "填写检查表（批量）(answer checklist items, batch)", typeof(ChecklistRequest));
        Write(api.MapPost("/{id}/findings", RecordFinding), "RecordInspectionFinding", "记录检查发现 (record an inspector's finding)", typeof(FindingRequest));
        Write(api.MapPost("/{id}/orders", IssueOrder), "IssueRectificationOrder", "责令改正 (issue a rectification order with a deadline)", typeof(OrderRequest));
        Write(api.MapPost("/{id}/orders/{orderId}/submission", SubmitRectification), "SubmitRectification", "企业提交整改材料 (the enterprise submits its rectification evidence)", typeof(SubmissionRequest));
        Write(api.MapPost("/{id}/orders/{orderId}/verification", VerifyOrder), "VerifyRectification", "复查确认整改 (verify an order from a follow-up inspection)", typeof(VerificationRequest));
        Write(api.MapPost("/{id}/close", Close), "CloseInspection", "结案，此后不可更改 (close and freeze the inspection)", null);
        return api;
    }

    private static void Write(RouteHandlerBuilder endpoint, string name, string summary, Type? body)
    {
        endpoint.WithName(name).WithSummary(summary)
            .Produces<InspectionResponse>()
            .ProducesAccessProblems()
            .ProducesProblem(StatusCodes.Status409Conflict);
        if (body is not null)
        {
            endpoint.Accepts(body, "application/json");
        }
    }

    private static async Task<IResult> Open(HttpRequest request, IGrainFactory grains, TimeProvider clock, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<OpenInspectionRequest>(request, MaxBodyBytes, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        var b = body.Value!;
        var errors = new ProblemErrors();
        if (!EnterpriseId.TryParse(b.EnterpriseId, out var enterpriseId, out var idError))
        {
            errors.Add("enterpriseId", idError ?? "企业标识无效 (invalid enterprise id)");
        }

        if (!InspectionAuthorities.TryParse(b.Authority, out var authority))
        {
            errors.Add("authority", "检查部门须为 postal(邮政管理部门) 或 cyberspace(网信部门) (authority: postal or cyberspace)");
        }

        if (!InspectionKinds.TryParse(b.Kind, out var kind))
        {
            errors.Add("kind", "检查方式须为 on-site、remote 或 follow-up (kind: on-site, remote or follow-up)");
        }

        if (b.PlannedOn is null)
        {
            errors.Add("plannedOn", "计划检查日期必填 (plannedOn is required, yyyy-MM-dd)");
        }
        else
        {
            var bounds = new List<FieldError>();
            FieldRules.RequireDateWithin(b.PlannedOn.Value, "plannedOn", clock.GetUtcNow(), FieldRules.MaxYearsAhead, bounds);
            errors.AddRange(bounds);
        }

        var key = Guid.NewGuid();
        if (b.InspectionId is not null && !Guid.TryParse(b.InspectionId, out key))
        {
            errors.Add("inspectionId", "检查编号须为 GUID (inspectionId must be a GUID)");
        }

        Guid original = default;
        if (kind == InspectionKind.FollowUp && !Guid.TryParse(b.FollowUpOf, out original))
        {
            errors.Add("followUpOf", "整改复查须指明原检查编号 GUID (a follow-up names the original inspection's GUID)");
        }
        else if (kind != InspectionKind.FollowUp && b.FollowUpOf is not null)
        {
            errors.Add("followUpOf", "只有整改复查可指明原检查 (only a follow-up names an original inspection)");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var enterprise = await grains.GetGrain<IEnterpriseGrain>(enterpriseId.ToString()).GetView();
        if (enterprise is null)
        {
            return Problems.EnterpriseNotFound(enterpriseId.ToString());
        }

        var scope = CallerScope.From(request.HttpContext.User);
        if (!scope.CanInspect(authority, DivisionCode.Parse(enterprise.Profile.Division)))
        {
            return Problems.Forbidden("只有本部门、本辖区的监管人员可开立检查 (only regulators of this authority and division open its inspections).");
        }

        if (kind == InspectionKind.FollowUp)
        {
            var earlier = await grains.GetGrain<IInspectionGrain>(original).GetView();
            if (earlier is null || earlier.Inspection.EnterpriseId != enterpriseId.ToString() || earlier.Inspection.Authority != authority)
            {
                errors.Add("followUpOf", "原检查不存在，或不是同一企业、同一部门的检查 (no inspection of this enterprise by this authority has that id)");
                return errors.ToProblem();
            }
        }

        var command = new OpenInspection(enterpriseId.ToString(), authority, kind, b.PlannedOn!.Value, kind == InspectionKind.FollowUp ? original.ToString("D") : null, scope.Actor);
        return await RunAsync(() => grains.GetGrain<IInspectionGrain>(key).Open(command), created: $"/api/v1/inspections/{key:D}");
    }

    private static async Task<IResult> Get(string id, HttpContext context, IGrainFactory grains)
    {
        var read = await InspectionAccess.ReadAsync(id, context, grains);
        return read.Problem ?? TypedResults.Ok(InspectionResponse.From(read.View!, await InspectionAccess.ReviewedOrdersAsync(read.View!, grains)));
    }

    private static async Task<IResult> AnswerChecklist(string id, HttpRequest request, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var read = await InspectionAccess.ForInspectorAsync(id, request.HttpContext, grains);
        if (read.Problem is not null)
        {
            return read.Problem;
        }

        var body = await JsonBody.ReadAsync<ChecklistRequest>(request, MaxBodyBytes, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        var errors = new ProblemErrors();
        var answers = body.Value!.Answers ?? [];
        if (answers.Count is 0 or > MaxAnswersPerBatch)
        {
            errors.Add("answers", $"每批 1–{MaxAnswersPerBatch} 项答复 (answers: 1–{MaxAnswersPerBatch} per batch)");
        }

        var checklist = InspectionChecklist.For(read.View!.Inspection.Authority);
        var inputs = new List<ChecklistAnswerInput>();
        var answered = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < answers.Count; i++)
        {
            var a = answers[i];
            if (a is null)
            {
                errors.Add($"answers[{i}]", "答复不能为空 (answer may not be null)");
                continue;
            }

            if (a.ItemId is not null && !answered.Add(a.ItemId))
            {
                errors.Add($"answers[{i}].itemId", "同一批次中重复的检查项 (item answered twice in one batch)");
            }
            else if (a.ItemId is null || checklist.Find(a.ItemId) is null)
            {
                errors.Add($"answers[{i}].itemId", $"检查表（{checklist.Version} 版）无此项 (no such item in the {InspectionAuthorities.ToWireName(checklist.Authority)} checklist)");
            }

            if (!ChecklistAnswers.TryParse(a.Answer, out var answer))
            {
                errors.Add($"answers[{i}].answer", "答复须为 yes/compliant、no/non-compliant、partly、n.a./not-applicable (unknown answer)");
            }

            InspectionText.Check(errors, $"answers[{i}].note", a.Note, InspectionText.MaxNote, required: false);
            inputs.Add(new ChecklistAnswerInput(a.ItemId ?? "", answer, a.Note));
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var scope = read.Caller!;
        return await RunAsync(() => grains.GetGrain<IInspectionGrain>(read.Key).AnswerChecklist(new AnswerChecklist(inputs, scope.Actor)));
    }

    private static async Task<IResult> RecordFinding(string id, HttpRequest request, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var read = await InspectionAccess.ForInspectorAsync(id, request.HttpContext, grains);
        if (read.Problem is not null)
        {
            return read.Problem;
        }

        var body = await JsonBody.ReadAsync<FindingRequest>(request, MaxBodyBytes, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        var b = body.Value!;
        var errors = new ProblemErrors();
        errors.Add(FieldRules.CheckId(b.FindingId, "findingId", "发现编号"));

        InspectionText.Check(errors, "text", b.Text, InspectionText.MaxText, required: true);
        var ruleIds = b.RuleIds ?? [];
        for (var i = 0; i < ruleIds.Count; i++)
        {
            if (ruleIds[i] is null || ComplianceRules.Find(ruleIds[i]) is null)
            {
                errors.Add($"ruleIds[{i}]", "规则库无此规则 (no such rule)");
            }
        }

        if (b.ChecklistItemId is not null && InspectionChecklist.For(read.View!.Inspection.Authority).Find(b.ChecklistItemId) is null)
        {
            errors.Add("checklistItemId", "检查表无此项 (no such checklist item)");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var command = new RecordInspectorFinding(b.FindingId!, b.Text!, ruleIds, b.ChecklistItemId, read.Caller!.Actor);
        return await RunAsync(() => grains.GetGrain<IInspectionGrain>(read.Key).RecordFinding(command), created: $"/api/v1/inspections/{read.Key:D}");
    }

    private static async Task<IResult> IssueOrder(string id, HttpRequest request, IGrainFactory grains, TimeProvider clock, CancellationToken cancellationToken)
    {
        var read = await InspectionAccess.ForInspectorAsync(id, request.HttpContext, grains);
        if (read.Problem is not null)
        {
            return read.Problem;
        }

        var body = await JsonBody.ReadAsync<OrderRequest>(request, MaxBodyBytes, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        var b = body.Value!;
        var errors = new ProblemErrors();
        errors.Add(FieldRules.CheckId(b.OrderId, "orderId", "整改通知编号"));

        InspectionText.Check(errors, "requirement", b.Requirement, InspectionText.MaxText, required: true);
        InspectionText.Check(errors, "legalBasis", b.LegalBasis, FieldRules.MaxTextLength, required: true);
        if (b.Deadline is null)
        {
            errors.Add("deadline", "整改期限必填 (deadline is required, yyyy-MM-dd, China date)");
        }
        else if (!OrderDeadlines.IsAcceptableDeadline(b.Deadline.Value, clock.GetUtcNow()))
        {
            errors.Add("deadline", $"整改期限须晚于今日且不超过 {FieldRules.MaxYearsAhead} 年（北京时间）(deadline must be after today and within {FieldRules.MaxYearsAhead} years, China date)");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var command = new IssueOrder(b.OrderId!, b.Requirement!, b.LegalBasis!, b.Deadline!.Value, read.Caller!.Actor);
        return await RunAsync(() => grains.GetGrain<IInspectionGrain>(read.Key).IssueOrder(command), created: $"/api/v1/inspections/{read.Key:D}");
    }

    private static async Task<IResult> SubmitRectification(string id, string orderId, HttpRequest request, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var read = await InspectionAccess.ReadAsync(id, request.HttpContext, grains);
        if (read.Problem is not null)
        {
            return read.Problem;
        }

        if (!read.Caller!.CanSubmitData(EnterpriseId.Parse(read.View!.Inspection.EnterpriseId)))
        {
            return Problems.Forbidden("只有被检查企业本身可提交整改材料 (only the inspected enterprise submits its rectification).");
        }

        var body = await JsonBody.ReadAsync<SubmissionRequest>(request, MaxBodyBytes, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        var b = body.Value!;
        var errors = new ProblemErrors();
        InspectionText.Check(errors, "description", b.Description, InspectionText.MaxText, required: true);
        if (b.DocumentSha256 is not null && !InspectionText.IsSha256(b.DocumentSha256))
        {
            errors.Add("documentSha256", "须为 64 位小写十六进制 SHA-256 (64 lowercase hex characters)");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var command = new SubmitRectification(orderId, b.Description!, b.DocumentSha256, read.Caller.Actor);
        return await RunAsync(() => grains.GetGrain<IInspectionGrain>(read.Key).SubmitRectification(command));
    }

    private static async Task<IResult> VerifyOrder(string id, string orderId, HttpRequest request, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var read = await InspectionAccess.ForInspectorAsync(id, request.HttpContext, grains);
        if (read.Problem is not null)
        {
            return read.Problem;
        }

        var body = await JsonBody.ReadAsync<VerificationRequest>(request, MaxBodyBytes, cancellationToken);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        var b = body.Value!;
        var errors = new ProblemErrors();
        if (!Guid.TryParse(b.FollowUpInspectionId, out var followUp))
        {
            errors.Add("followUpInspectionId", "须指明进行复查的整改复查检查编号 GUID (name the follow-up inspection's GUID)");
        }

        InspectionText.Check(errors, "note", b.Note, InspectionText.MaxNote, required: false);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var command = new VerifyOrder(orderId, followUp.ToString("D"), b.Note, read.Caller!.Actor);
        return await RunAsync(() => grains.GetGrain<IInspectionGrain>(read.Key).VerifyOrder(command));
    }

    private static async Task<IResult> Close(string id, HttpContext context, IGrainFactory grains)
    {
        var read = await InspectionAccess.ForInspectorAsync(id, context, grains);
        return read.Problem ?? await RunAsync(() => grains.GetGrain<IInspectionGrain>(read.Key).Close(read.Caller!.Actor));
    }

    /// <summary>Runs a grain call and answers: 201 for something new when <paramref name="created"/> is given, 200 otherwise or on a replay.</summary>
    private static async Task<IResult> RunAsync(Func<Task<InspectionView>> call, string? created = null)
    {
        try
        {
            var view = await call();
            var response = InspectionResponse.From(view);
            return created is not null ? BatchResults.CreatedOrReplayed(view.Replayed, created, response) : TypedResults.Ok(response);
        }
        catch (InspectionClosedException e)
        {
            return Problems.Conflict(e.Message);
        }
        catch (InspectionConflictException e)
        {
            return Problems.Conflict(e.Message);
        }
        catch (InspectionNotFoundException e)
        {
            return Problems.NotFound(e.Message);
        }
        catch (InspectionInvalidException e)
        {
            var errors = new ProblemErrors();
            errors.Add("body", e.Message);
            return errors.ToProblem();
        }
        catch (EnterpriseNotRegisteredException e)
        {
            return Problems.NotFound(e.Message);
        }
    }
}
