using System.CommandLine;
using System.Globalization;
using ComplianceHub.Reports.Samples;

namespace ComplianceHub.Cli.Reports;

/// <summary>
/// <c>chub report samples DIR</c>: renders the four documents from synthetic demo data into DIR,
/// one line per file (path, pages, KB, ms) on stderr.
/// </summary>
internal static class ReportSamplesCommand
{
    public static Command Create(CliStreams streams)
    {
        var directory = new Argument<string>("DIR") { Description = "输出目录 output directory, e.g. reports/samples" };
        var command = new Command("samples", "用演示数据生成样例报告 render the sample reports from demo data") { directory };
        command.SetAction(parsed => Run(parsed.GetRequiredValue(directory), streams));
        return command;
    }

    public static int Run(string directory, CliStreams streams)
    {
        var error = streams.StandardError;
        try
        {
            foreach (var result in SampleReports.RenderAll(directory))
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Path}: {result.Pages} 页 pages, {result.Bytes / 1024.0:0.0} KB, {result.Elapsed.TotalMilliseconds:0} ms"));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"无法写入目录 cannot write to {directory}: {e.Message}");
            return ExitCodes.BadInput;
        }

        error.Flush();
        return ExitCodes.Ok;
    }
}
