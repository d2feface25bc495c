using System.Globalization;
using ComplianceHub.Abstractions.Enterprises;
using ComplianceHub.Abstractions.Labels;
using ComplianceHub.Domain.Time;
using ComplianceHub.Domain.Validation;
using ComplianceHub.Server.Enterprises;
using ComplianceHub.Server.Http;
using ComplianceHub.Storage.Diagnostics;

namespace ComplianceHub.Server.Labels;

public static class LabelsApi
{
    /// <summary>10,000 samples of a few hundred bytes each, with headroom; anything larger is refused unread.</summary>
    public const long MaxBatchBytes = 8 * 1024 * 1024;

    public const int DefaultSeriesDays = 90;

    public const int MaxSeriesDays = 400;

    private const int LatestYear = 2999;

    public static IServiceCollection AddLabelsApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(LabelOptions.SectionName).Get<LabelOptions>() ?? new LabelOptions());
        services.AddSingleton<LabelFingerprintKey>();
        services.AddSingleton<LabelSampleChecker>();
        return services;
    }

    public static RouteGroupBuilder MapLabelsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/enterprises/{id}").WithTags("Labels").RequireAuthorization();
        api.MapPost("/label-batches", PostBatch)
            .WithName("PostLabelBatch")
            .WithSummary("提交面单打印批次与抽样 (submit a print batch with label samples, GB/T 41833-2022 check)")
            .Accepts<LabelBatchRequest>("application/json")
            .ProducesCreatedOrReplayed<LabelBatchResponse>()
            .ProducesAccessProblems()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        api.MapGet("/labels", GetSeries)
            .WithName("GetLabelSeries")
            .WithSummary("隐私面单覆盖率日序列 (daily declared vs verified privacy-waybill coverage)")
            .Produces<IReadOnlyList<DailyLabelResponse>>()
            .ProducesAccessProblems();
        return api;
    }

    private static async Task<IResult> PostBatch(
        string id, HttpRequest request, IGrainFactory grains, LabelSampleChecker checker, ContentDigests digests, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var submission = await DataSubmission.ReadAsync<LabelBatchRequest>(id, request, grains, MaxBatchBytes, cancellationToken);
        if (submission.Problem is not null)
        {
            return submission.Problem;
        }

        var errors = new ProblemErrors();
        if (!LabelBatchValidator.Validate(submission.Body!, clock.GetUtcNow(), errors, out var date))
        {
            return errors.ToProblem();
        }

        var grain = grains.GetGrain<IEnterpriseGrain>(submission.EnterpriseId);
        var digest = digests.Of(submission.Body!);
        try
        {
            // A replay is recognised before its samples are checked again; the grain repeats the test when recording.
            var result = await grain.FindLabelBatch(submission.Body!.BatchId!, digest)
                ?? await grain.RecordLabelBatch(checker.Check(submission.Body!, date, submission.Actor, digest));
            var response = LabelBatchResponse.From(result);
            return BatchResults.CreatedOrReplayed(
                BatchKind.LabelBatch, result.Replayed, $"/api/v1/enterprises/{submission.EnterpriseId}/labels?from={response.Date}&to={response.Date}", response);
        }
        catch (EnterpriseNotRegisteredException)
        {
            return Problems.EnterpriseNotFound(submission.EnterpriseId);
        }
        catch (LabelDayLimitException e)
        {
            errors.Add("printed", e.Message);
            return errors.ToProblem();
        }
    }

    private static async Task<IResult> GetSeries(string id, string? from, string? to, HttpContext context, IGrainFactory grains, TimeProvider clock)
    {
        var errors = new ProblemErrors();
        var today = ChinaTime.DateOf(clock.GetUtcNow());
        var last = ParseDate(to, "to", today, errors);
        var first = ParseDate(from, "from", errors.Any ? last : last.AddDays(1 - DefaultSeriesDays), errors);
        if (!errors.Any && (first > last || last.DayNumber - first.DayNumber >= MaxSeriesDays))
        {
            errors.Add("from", $"from 不得晚于 to，跨度不超过 {MaxSeriesDays} 天 (from must not be after to; at most {MaxSeriesDays} days)");
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var read = await EnterpriseAccess.ReadAsync(id, context, grains);
        if (read.Problem is not null)
        {
            return read.Problem;
        }

        var series = await grains.GetGrain<IEnterpriseGrain>(read.Id.ToString()).GetLabelSeries(first, last);
        return TypedResults.Ok(series.Select(DailyLabelResponse.From).ToList());
    }

    private static DateOnly ParseDate(string? value, string field, DateOnly fallback, ProblemErrors errors)
    {
        if (value is null)
        {
            return fallback;
        }

        // Bounded like every date a client sends: a year-1 "to" would otherwise overflow the default "from".
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date >= FieldRules.EarliestDate && date.Year <= LatestYear)
        {
            return date;
        }

        errors.Add(field, $"日期格式为 yyyy-MM-dd，{FieldRules.EarliestDate:yyyy}–{LatestYear} 年 (expected yyyy-MM-dd between {FieldRules.EarliestDate:yyyy} and {LatestYear})");
        return fallback;
    }
}
