using System.CommandLine;

namespace ComplianceHub.Cli.Import;

/// <summary>
/// <c>chub import trainings FILE.(csv|xlsx) --enterprise ID</c>: one row per attendee
/// (<c>batchId?, heldOn, hours, topic, staffId</c>); rows with the same heldOn and topic are one session,
/// POSTed as one request. A session without a batchId gets one hashed from its content, so importing the
/// same file again sends the same batchIds and the hub records each session once.
/// </summary>
/// <remarks>Exit codes as <see cref="ImportStaffCommand"/>.</remarks>
internal static class ImportTrainingsCommand
{
    public static Command Create(CliStreams streams)
    {
        var shared = new ImportOptions();
        var command = new Command("trainings", "导入培训记录 import training sessions (POST …/trainings)");
        shared.AddTo(command);
        command.SetAction((parsed, cancellationToken) => RunAsync(shared.Read(parsed), streams, DateTimeOffset.UtcNow, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(ImportSettings settings, CliStreams streams, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (ImportRun.ReadRows(settings, streams) is not { } rows)
        {
            return ExitCodes.BadInput;
        }

        var sheet = TrainingSheetParser.Parse(rows);
        var plan = TrainingImportPlanner.Plan(sheet, now);
        if (plan.Errors.Count > 0)
        {
            return ImportRun.ReportErrors(plan.Errors, streams.StandardError);
        }

        if (settings.DryRun)
        {
            var attendees = plan.Requests.Sum(r => r.StaffIds.Count);
            return ImportRun.WriteDryRun(
                plan.Requests,
                $"POST enterprises/{settings.Enterprise}/trainings × {plan.Requests.Count} 场 sessions, {attendees} 人次 attendances",
                streams);
        }

        var headers = sheet.Headers!;
        return await ImportRun.SendAsync(
            settings,
            streams,
            plan.Requests,
            (hub, request, ct) => hub.PostTrainingAsync(settings.Enterprise, request, ct),
            request => $"POST enterprises/{settings.Enterprise}/trainings {request.HeldOn:yyyy-MM-dd} batchId {request.BatchId}",
            i => new FieldErrorLocator(headers, "staffIds", sheet.Sessions[i].StaffRows, sheet.Sessions[i].FirstRow, TrainingColumns.ByFieldPath),
            cancellationToken).ConfigureAwait(false);
    }
}
