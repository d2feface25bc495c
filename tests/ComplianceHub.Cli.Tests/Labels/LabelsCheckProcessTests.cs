using System.Diagnostics;
using System.Text;

namespace ComplianceHub.Cli.Tests.Labels;

/// <summary>The built <c>chub</c> executable, run as a separate process with redirected streams.</summary>
public sealed class LabelsCheckProcessTests
{
    [Fact]
    public async Task Built_chub_checks_the_dev_set_end_to_end()
    {
        var (exitCode, stdout, stderr) = await RunChubAsync(stdin: null, "labels", "check", DevLabels.FilePath);

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Concat(DevLabels.All.Select(e => e.ExpectedOutput + "\n")), stdout);
        Assert.Contains($"已检查 checked: {DevLabels.All.Count}", stderr, StringComparison.Ordinal);
        // stderr is redirected here, so no progress bar may be drawn into it.
        Assert.DoesNotContain('\u001b', stderr);
    }

    [Fact]
    public async Task Built_chub_reads_stdin_and_exits_2_at_a_bad_line()
    {
        var stdin = string.Join("\n", DevLabels.All[0].Line, DevLabels.All[1].Line, "{not json", DevLabels.All[2].Line) + "\n";

        var (exitCode, stdout, stderr) = await RunChubAsync(stdin, "labels", "check", "-");

        Assert.Equal(2, exitCode);
        Assert.Equal(DevLabels.All[0].ExpectedOutput + "\n" + DevLabels.All[1].ExpectedOutput + "\n", stdout);
        Assert.StartsWith("line 3: ", stderr, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string StdOut, string StdErr)> RunChubAsync(string? stdin, params string[] args)
    {
        // The Cli project reference copies chub.dll and its runtimeconfig next to the tests.
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "chub.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        if (stdin is not null)
        {
            await process.StandardInput.BaseStream.WriteAsync(Encoding.UTF8.GetBytes(stdin), TestContext.Current.CancellationToken);
        }

        process.StandardInput.Close();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await stdout, await stderr);
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
