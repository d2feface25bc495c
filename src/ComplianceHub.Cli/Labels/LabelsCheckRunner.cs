using System.Diagnostics;
using ComplianceHub.Domain.Labels;

namespace ComplianceHub.Cli.Labels;

/// <summary>The check loop: line in, verdict out, in input order, at constant memory.</summary>
internal static class LabelsCheckRunner
{
    // Progress is reported every this many labels: often enough for a bar, rare enough to cost nothing.
    private const int ProgressEvery = 4096;

    /// <param name="progress">Receives the input bytes consumed so far; null when nobody watches.</param>
    public static LabelCheckOutcome Run(Stream input, Stream output, IProgress<long>? progress)
    {
        var summary = new LabelCheckSummary();
        var clock = Stopwatch.StartNew();
        using var lines = new LabelLineReader(input);
        using var parser = new LabelLineParser();
        using var writer = new LabelResultWriter(output);
        string? error = null;
        try
        {
            while (lines.TryReadLine(out var line))
            {
                if (IsBlank(line))
                {
                    continue;
                }

                var label = parser.Parse(line, lines.LineNumber);
                var violations = WaybillMaskChecker.Check(label.Name, label.Phone, label.Address, label.Party);
                writer.Write(label.Id, violations);
                summary.Add(violations);
                if (summary.Checked % ProgressEvery == 0)
                {
                    progress?.Report(lines.BytesConsumed);
                }
            }
        }
        catch (LabelInputException e)
        {
            error = e.Message;
        }

        // Verdicts of the lines before a bad one are kept: the output is always a prefix of the full result.
        writer.Flush();
        progress?.Report(lines.BytesConsumed);
        summary.Elapsed = clock.Elapsed;
        return new LabelCheckOutcome(summary, error);
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.Trim(" \t\r"u8).IsEmpty;
}
