using System.CommandLine;

namespace ComplianceHub.Cli.Labels;

/// <summary>
/// <c>chub labels check FILE.jsonl</c>: checks each label line against GB/T 41833-2022 masking and
/// writes one verdict line per label to stdout, in input order, and a summary to stderr.
/// </summary>
/// <remarks>
/// Contract for scripts:
/// <list type="bullet">
/// <item>Exit 0 when every line was checked; violations are findings, not failures.</item>
/// <item>Exit 2 at the first line that cannot be read (bad JSON, id missing, empty or not a string,
/// name/phone/address neither string nor null), with <c>line N: reason</c> on stderr. Nothing is
/// written for that line or any after it; verdicts for the lines before it are flushed, so the
/// output is always a prefix of the full result and a rerun after fixing the line is complete.</item>
/// <item>Blank (whitespace-only) lines are skipped; they still count in line numbers, which are
/// physical, 1-based lines of the file, so <c>line N</c> is what an editor shows.</item>
/// <item>Exit 2 when the file cannot be opened.</item>
/// </list>
/// </remarks>
internal static class LabelsCheckCommand
{
    private const string StandardInput = "-";

    public static Command Create(CliStreams streams)
    {
        var file = new Argument<string>("FILE")
        {
            Description = "JSON Lines 文件，每行 {id,name,phone,address}；- 为标准输入 JSON Lines file of {id,name,phone,address}; - reads stdin",
        };
        var command = new Command("check", "检查运单隐私遮挡 check waybill masking (GB/T 41833-2022)") { file };
        command.SetAction(parsed => Run(parsed.GetRequiredValue(file), streams));
        return command;
    }

    public static int Run(string path, CliStreams streams)
    {
        var error = streams.StandardError;
        if (!TryOpen(path, streams, out var input, out var totalBytes, out var openError))
        {
            error.WriteLine(openError);
            return ExitCodes.BadInput;
        }

        LabelCheckOutcome outcome;
        using (input)
        {
            outcome = streams.IsErrorInteractive
                ? CheckProgressDisplay.Run(error, totalBytes, progress => LabelsCheckRunner.Run(input, streams.StandardOutput, progress))
                : LabelsCheckRunner.Run(input, streams.StandardOutput, progress: null);
        }

        if (outcome.Error is { } lineError)
        {
            error.WriteLine(lineError);
        }

        outcome.Summary.WriteTo(error);
        error.Flush();
        return outcome.Error is null ? ExitCodes.Ok : ExitCodes.BadInput;
    }

    private static bool TryOpen(string path, CliStreams streams, out Stream input, out long? totalBytes, out string error)
    {
        input = Stream.Null;
        totalBytes = null;
        error = string.Empty;
        if (path == StandardInput)
        {
            input = streams.OpenStandardInput();
            return true;
        }

        try
        {
            // The reader keeps its own buffer, so the FileStream adds none (bufferSize 0).
            var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
            input = file;
            totalBytes = file.Length;
            return true;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            error = $"找不到文件 file not found: {path}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"无法读取文件 cannot read file: {path} ({e.Message})";
        }

        return false;
    }
}
