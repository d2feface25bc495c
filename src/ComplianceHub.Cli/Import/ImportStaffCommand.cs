using System.CommandLine;
using ComplianceHub.Domain.Time;
using ComplianceHub.Domain.Validation;

namespace ComplianceHub.Cli.Import;

/// <summary>
/// <c>chub import staff FILE.(csv|xlsx) --enterprise ID [--as-of DATE] [--batch-id ID]</c>: reads the full
/// roster, checks every row (cells, then the Domain's roster rules), and PUTs it to the hub only when all is well.
/// </summary>
/// <remarks>
/// Exit 0 sent (or dry run printed); exit 2 on any row error (all listed as <c>row N, column: reason</c>,
/// nothing sent), a bad option, or the hub refusing the roster (4xx); exit 1 when the hub fails or is unreachable.
/// </remarks>
internal static class ImportStaffCommand
{
    public static Command Create(CliStreams streams)
    {
        var shared = new ImportOptions();
        var asOf = new Option<string?>("--as-of")
        {
            Description = "花名册截至时间 roster as of: yyyy-MM-dd（当天 00:00 北京时间 00:00 China time）或 or ISO 8601 (默认 default: now)",
        };
        var batchId = new Option<string?>("--batch-id")
        {
            Description = "批次号 batch id (默认 default: 由截至时间和内容计算 hash of asOf and content)",
        };
        var command = new Command("staff", "导入员工花名册 import the staff roster (PUT …/staff)");
        shared.AddTo(command);
        command.Options.Add(asOf);
        command.Options.Add(batchId);
        command.SetAction((parsed, cancellationToken) =>
            RunAsync(shared.Read(parsed), parsed.GetValue(asOf), parsed.GetValue(batchId), streams, DateTimeOffset.UtcNow, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(
        ImportSettings settings, string? asOfText, string? batchId, CliStreams streams, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var error = streams.StandardError;
        if (!TryReadAsOf(asOfText, now, out var asOf, out var asOfError) || !IsValidBatchId(batchId, out asOfError))
        {
            error.WriteLine(asOfError);
            return ExitCodes.BadInput;
        }

        if (ImportRun.ReadRows(settings, streams) is not { } rows)
        {
            return ExitCodes.BadInput;
        }

        var sheet = StaffSheetParser.Parse(rows);
        var plan = StaffImportPlanner.Plan(sheet, asOf, batchId, now);
        if (plan.Errors.Count > 0)
        {
            return ImportRun.ReportErrors(plan.Errors, error);
        }

        var roster = plan.Requests[0];
        var summary = $"PUT enterprises/{settings.Enterprise}/staff, {roster.Staff.Count} 人 staff, batchId {roster.BatchId}";
        if (settings.DryRun)
        {
            return ImportRun.WriteDryRun(roster, summary, streams);
        }

        return await ImportRun.SendAsync(
            settings,
            streams,
            plan.Requests,
            (hub, request, ct) => hub.PutStaffAsync(settings.Enterprise, request, ct),
            _ => summary,
            _ => new FieldErrorLocator(sheet.Headers!, "staff", sheet.RowNumbers, sheet.Headers!.HeaderRow, StaffColumns.ByFieldPath),
            cancellationToken).ConfigureAwait(false);
    }

    private static bool TryReadAsOf(string? text, DateTimeOffset now, out DateTimeOffset asOf, out string? error)
    {
        error = null;
        asOf = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero).ToOffset(ChinaTime.Offset);
        if (text is null)
        {
            return true;
        }

        if (CellParser.Date(text, out _) is { } day)
        {
            asOf = ChinaTime.StartOf(day);
        }
        else if (CellParser.Instant(text, out var reason) is { } instant)
        {
            asOf = instant;
        }
        else
        {
            error = $"--as-of: {reason}";
            return false;
        }

        var errors = new List<FieldError>();
        FieldRules.RequireNotFutureInstant(asOf, "--as-of", now, ValidationOptions.Default.ClockSkew, errors);
        error = errors.FirstOrDefault()?.ToString();
        return error is null;
    }

    private static bool IsValidBatchId(string? batchId, out string? error)
    {
        error = null;
        if (batchId is null || FieldRules.IsId(batchId))
        {
            return true;
        }

        var errors = new List<FieldError>();
        FieldRules.RequireId(batchId, "--batch-id", "批次号", errors);
        error = errors[0].ToString();
        return false;
    }
}
